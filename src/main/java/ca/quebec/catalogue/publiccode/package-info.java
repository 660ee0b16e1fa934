/**
 * publiccode.yml (https://yml.publiccode.tools, version 0.5): validation, import into a
 * {@link ca.quebec.catalogue.publiccode.PubliccodeSolution} and export back to YAML.
 *
 * <p>Three beans, all {@code @ApplicationScoped}, no network access ever:
 *
 * <pre>{@code
 * // POST /api/v1/publiccode/validate: never throws on bad input
 * PubliccodeReport report = validator.validate(bytes);
 * report.valid();                                  // no error (warnings allowed)
 * report.render(Messages.preferred(headers));      // JSON-ready, messages in fr or en
 *
 * // POST /api/v1/solutions/import: only a valid report can be read
 * if (report.valid()) {
 *     PubliccodeSolution solution = mapper.read(report);   // store it, with the raw bytes
 * }
 *
 * // GET /api/v1/solutions/{id}/publiccode.yml
 * try {
 *     String yaml = exporter.write(solution, callerIsAuthenticated);
 * } catch (PubliccodeExporter.IncompleteSolutionException e) {
 *     e.issues();   // what the solution lacks, by publiccode.yml key (code "required"…)
 * }
 * }</pre>
 *
 * <p>Each {@link ca.quebec.catalogue.publiccode.PubliccodeIssue} has a dotted key
 * ({@code maintenance.contacts[0].email}), a 1-based line and column, a stable code, and
 * message arguments; its text comes from {@code messages-publiccode*.properties} through
 * {@link ca.quebec.catalogue.kernel.Messages}. Which rules are errors and which are warnings is
 * explained on {@code Inspection}; limits against hostile input are in
 * {@link ca.quebec.catalogue.publiccode.PubliccodeLimits}.
 *
 * <p>For an export to be valid the catalogue must hold, for the solution: a name, an http(s)
 * repository URL, an SPDX licence, a development status, a software type, at least one
 * platform, one or more complete descriptions (short, long of 150 to 10,000 characters,
 * features), a maintenance type with its contractors (contract) or a contact (internal,
 * community; a public one for anonymous callers), whether it is localisation-ready, and
 * the languages the software is available in. Nothing is invented to fill a gap.
 */
package ca.quebec.catalogue.publiccode;

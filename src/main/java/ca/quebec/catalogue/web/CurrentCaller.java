package ca.quebec.catalogue.web;

import jakarta.enterprise.context.RequestScoped;

import ca.quebec.catalogue.kernel.Caller;

/**
 * The caller of the request being served: anonymous until the authentication
 * filter (in the security room) recognises a key.
 */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    public void authenticated(Caller caller) {
        this.caller = caller;
    }
}

package ca.quebec.catalogue.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the request being served, set by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }
}

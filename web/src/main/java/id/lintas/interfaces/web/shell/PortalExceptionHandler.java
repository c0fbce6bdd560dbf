package id.lintas.interfaces.web.shell;

import id.lintas.domain.shared.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what goes wrong during a JSF request into a message for the user, never a stack trace:
 * a {@link BusinessException} becomes its text in the user's language and the page is shown
 * again; anything else is logged with an incident code that the message shows, so support can
 * find it in the server log.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            BusinessException business = find(thrown, BusinessException.class);
            ViewExpiredException expired = find(thrown, ViewExpiredException.class);
            if (expired != null) {
                // the session ended while the page was open: show the page afresh, say why
                events.remove();
                reload(faces, expired.getViewId());
                continue;
            }
            if (business != null) {
                java.util.Locale locale = faces.getViewRoot() == null ? LocaleSwitch.DEFAULT : faces.getViewRoot().getLocale();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, business.message(locale), null));
                if (business instanceof id.lintas.domain.shared.InvalidInput invalid) {
                    invalid.errors().forEach(e -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            e.field() + ": " + e.message(locale), null)));
                }
            } else if (faces.getPartialViewContext().isAjaxRequest()) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Incident " + incident + " during an AJAX request", thrown);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_FATAL,
                        Texts.get(faces, "error.incident", incident), null));
            } else {
                continue; // a full page request: the container shows /errors/500.xhtml
            }
            events.remove();
            faces.validationFailed();
            faces.renderResponse();
        }
        getWrapped().handle();
    }

    private static void reload(FacesContext faces, String viewId) {
        var external = faces.getExternalContext();
        try {
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get(faces, "error.expired"), null));
            external.redirect(external.getRequestContextPath() + (viewId == null ? "/home" : viewId));
            faces.responseComplete();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PortalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}

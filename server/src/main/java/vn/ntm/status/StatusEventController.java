package vn.ntm.status;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recognitions, re-acknowledgements, revocations and lapses, recorded from the decisions (and withdrawn when recorded in error). */
@RestController
class StatusEventController {

    private final StatusEventService events;

    StatusEventController(StatusEventService events) {
        this.events = events;
    }

    @PostMapping("/api/units/{code}/status-events")
    @ResponseStatus(HttpStatus.CREATED)
    List<StatusEvent> recordEvent(@PathVariable String code, @RequestBody NewStatusEvent event) {
        return events.record(code, event);
    }

    /** Withdraws an event recorded in error (the newest first); answers the unit's events left. */
    @DeleteMapping("/api/units/{code}/status-events/{id}")
    List<StatusEvent> withdraw(@PathVariable String code, @PathVariable long id) {
        return events.withdraw(code, id);
    }
}

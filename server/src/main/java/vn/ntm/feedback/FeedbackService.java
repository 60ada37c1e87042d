package vn.ntm.feedback;

import java.security.SecureRandom;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.TooManyRequestsException;
import vn.ntm.photos.Photo;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/** Citizens report problems; commune officers and planners moderate them within their scope. */
@Service
class FeedbackService {

    /** Reference codes avoid letters and digits that are easily confused (0/O, 1/I/L). */
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final String PUBLIC_ACTOR = "public";

    private final SecureRandom random = new SecureRandom();
    private final FeedbackRepository reports;
    private final SubmissionRateLimiter limiter;
    private final Permissions permissions;
    private final AuditLog audit;

    FeedbackService(FeedbackRepository reports, SubmissionRateLimiter limiter, Permissions permissions,
            AuditLog audit) {
        this.reports = reports;
        this.limiter = limiter;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional
    PublicFeedback submit(Submission submission, Photo photo, String clientAddress) {
        if (!limiter.tryAcquire(clientAddress)) {
            throw new TooManyRequestsException("Too many reports from this address; please try again later",
                    limiter.retryAfterSeconds());
        }
        long communeId = reports.communeAt(submission.lon(), submission.lat())
                .orElseThrow(() -> new InvalidParameterException("lon",
                        "the position is outside the communes this map covers"));
        String reference = reference();
        reports.insert(reference, submission, communeId, photo);
        PublicFeedback created = publicView(reference);
        audit.record(PUBLIC_ACTOR, "submit", "feedback", reference, created.provinceCode(), null, created);
        return created;
    }

    @Transactional(readOnly = true)
    PublicFeedback publicView(String reference) {
        return reports.findPublic(reference)
                .orElseThrow(() -> new NotFoundException("No report has the reference '" + reference + "'"));
    }

    @Transactional(readOnly = true)
    List<ModeratedFeedback> queue(String status, int limit, int offset) {
        CurrentUser user = permissions.requireAction(Action.MODERATE_FEEDBACK);
        return reports.findModerated(null, Permissions.provinceScope(user), Permissions.communeScope(user), status,
                limit, offset);
    }

    @Transactional(readOnly = true)
    Photo photo(long id) {
        moderated(id);
        return reports.photo(id).orElseThrow(() -> new NotFoundException("Report " + id + " has no photo"));
    }

    @Transactional
    ModeratedFeedback moderate(long id, Moderation moderation) {
        ModeratedFeedback before = moderated(id);
        CurrentUser user = permissions.require(Action.MODERATE_FEEDBACK, before.provinceCode(), before.communeCode());
        if (moderation.infrastructureId() != null && !reports.infrastructureProvince(moderation.infrastructureId())
                .map(before.provinceCode()::equals).orElse(false)) {
            throw new InvalidParameterException("infrastructureId", "must be a feature in the report's province");
        }
        if (!reports.moderate(id, moderation, user.username())) {
            throw new ConflictException("Report " + id + " was changed by someone else since version "
                    + moderation.version() + "; reload it and decide again");
        }
        ModeratedFeedback after = moderated(id);
        audit.record(user, "moderate", "feedback", before.reference(), before.provinceCode(), before, after);
        return after;
    }

    /** A report the signed-in moderator may see; others' reports are reported as missing. */
    private ModeratedFeedback moderated(long id) {
        CurrentUser user = permissions.requireAction(Action.MODERATE_FEEDBACK);
        return reports.findModerated(id, Permissions.provinceScope(user), Permissions.communeScope(user), null, 1, 0)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("No report " + id + " in your area"));
    }

    private String reference() {
        StringBuilder code = new StringBuilder("PA-");
        for (int i = 0; i < 8; i++) {
            code.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
        }
        return code.toString();
    }
}

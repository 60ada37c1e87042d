package vn.ntm.reports;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.ConflictException;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.Params;
import vn.ntm.common.TableFile;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;
import vn.ntm.security.Role;
import vn.ntm.years.ReportingYears;

/**
 * The province report of a year or of its first six months, made in the background: start it, follow
 * its progress, download it; and the deadlines the province sets for its reports.
 */
@RestController
class ReportController {

    record ReportRequest(String province, Integer year, String period, String format) {
    }

    private final ReportJobs jobs;
    private final Permissions permissions;
    private final ReportingYears years;
    private final ReportingDeadlines deadlines;

    ReportController(ReportJobs jobs, Permissions permissions, ReportingYears years, ReportingDeadlines deadlines) {
        this.jobs = jobs;
        this.permissions = permissions;
        this.years = years;
        this.deadlines = deadlines;
    }

    @PostMapping("/api/reports")
    ResponseEntity<ReportJob.View> start(@RequestBody ReportRequest request) {
        CurrentUser user = permissions.current().orElseThrow();
        if (request.province() == null) {
            throw new InvalidParameterException("province", "is required");
        }
        String format = request.format() == null ? "pdf" : request.format();
        if (!format.equals("pdf") && !format.equals("xlsx")) {
            throw new InvalidParameterException("format", "must be pdf or xlsx");
        }
        ReportJob job = jobs.start(user.username(), Params.provinceCode(request.province()),
                years.resolve(request.year()), ReportPeriod.of(request.period()), format);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/reports/" + job.id()))
                .body(job.view());
    }

    @GetMapping("/api/reports/{id}")
    ReportJob.View status(@PathVariable String id) {
        return own(id).view();
    }

    @GetMapping("/api/reports/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable String id) {
        ReportJob job = own(id);
        if (!job.done()) {
            throw new ConflictException("The report is not ready: it is " + job.status());
        }
        boolean pdf = job.format().equals("pdf");
        String name = "bao-cao-ntm-" + job.province() + "-" + job.year()
                + (job.period() == ReportPeriod.H1 ? "-6-thang" : "") + (pdf ? ".pdf" : ".xlsx");
        return TableFile.attachment(jobs.file(job), pdf ? MediaType.APPLICATION_PDF : TableFile.XLSX, name);
    }

    @GetMapping("/api/provinces/{province}/reporting-deadlines")
    ReportingDeadlines.Schedule deadlines(@PathVariable String province) {
        return deadlines.schedule(Params.provinceCode(province), LocalDate.now());
    }

    @PutMapping("/api/provinces/{province}/reporting-deadlines/{period}")
    ReportingDeadlines.Deadline setDeadline(@PathVariable String province, @PathVariable String period,
            @RequestBody ReportingDeadlines.Deadline deadline) {
        return deadlines.set(Params.provinceCode(province), period, deadline);
    }

    /** A job of the signed-in user (administrators see all); others' jobs are reported missing. */
    private ReportJob own(String id) {
        CurrentUser user = permissions.current().orElseThrow();
        return jobs.find(id).filter(j -> j.owner().equals(user.username()) || user.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFoundException("No report " + id));
    }
}

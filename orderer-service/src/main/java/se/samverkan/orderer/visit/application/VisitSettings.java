package se.samverkan.orderer.visit.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of visits, under {@code samverkan.visits}.
 *
 * @param seriousComplaintVisitWithinDays an unannounced visit on a serious complaint is planned
 *                                        at most this many days after the complaint is registered
 *                                        (1–90; default 14, the platform's choice: the seeds say
 *                                        only that a serious complaint is followed up by one)
 */
@ConfigurationProperties("samverkan.visits")
public record VisitSettings(@DefaultValue("14") int seriousComplaintVisitWithinDays) {

    public VisitSettings {
        if (seriousComplaintVisitWithinDays < 1 || seriousComplaintVisitWithinDays > 90) {
            throw new IllegalArgumentException("samverkan.visits.serious-complaint-visit-within-days must be 1-90, was "
                    + seriousComplaintVisitWithinDays);
        }
    }
}

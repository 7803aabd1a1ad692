package org.ncii.takedown.dashboard;

import io.quarkus.qute.TemplateData;
import org.ncii.takedown.registry.PlatformDescription;
import org.ncii.takedown.repository.OutcomeStatistics;
import org.ncii.takedown.rest.StaffViews;

/** The shared types the dashboard's templates read, so Qute resolves their properties without reflection. */
@TemplateData(target = StaffViews.Case.class)
@TemplateData(target = StaffViews.Request.class)
@TemplateData(target = StaffViews.Item.class)
@TemplateData(target = StaffViews.Notice.class)
@TemplateData(target = StaffViews.Route.class)
@TemplateData(target = StaffViews.Basis.class)
@TemplateData(target = StaffViews.Timeline.class)
@TemplateData(target = PlatformDescription.class)
@TemplateData(target = OutcomeStatistics.Stats.class)
@TemplateData(target = OutcomeStatistics.Count.class)
@TemplateData(target = OutcomeStatistics.DeadlineShare.class)
@TemplateData(target = OutcomeStatistics.TimeToRemoval.class)
final class TemplateTypes {
    private TemplateTypes() {
    }
}

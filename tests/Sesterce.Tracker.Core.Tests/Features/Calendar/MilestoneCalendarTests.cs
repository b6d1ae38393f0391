using System.Text;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Calendar;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Tests.Features.Calendar;

public class MilestoneCalendarTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private async Task<string> AlixanFeedAsync() =>
        MilestoneCalendar.Write("alixan", "Sesterce AI compute campus, Alixan", (await db.Get<MilestoneService>().GetMilestonesAsync("alixan"))!, TrackerDatabase.Today);

    [Fact]
    public async Task TheFeedParsesBackWithOneEventPerMilestone()
    {
        var calendar = Ical.Net.Calendar.Load(await AlixanFeedAsync());

        Assert.NotNull(calendar);
        Assert.Equal(4, calendar.Events.Count);
        Assert.Equal(4, calendar.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task AMonthPreciseTargetIsAnAllDayEventCoveringTheWholeMonth()
    {
        var calendar = Ical.Net.Calendar.Load(await AlixanFeedAsync())!;

        var phase1 = calendar.Events.Single(e => e.Summary == "Phase 1 commissioning");
        Assert.True(phase1.IsAllDay);
        Assert.Equal(new DateOnly(2026, 12, 1), DateOnly.FromDateTime(phase1.DtStart!.Value));
        Assert.Equal(new DateOnly(2027, 1, 1), DateOnly.FromDateTime(phase1.DtEnd!.Value));
        Assert.Equal("TENTATIVE", phase1.Status);
        Assert.Contains("Source: Sesterce double la mise", phase1.Description, StringComparison.Ordinal);
        Assert.Contains("décembre 2026", phase1.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReachedDayIsAOneDayConfirmedEvent()
    {
        var calendar = Ical.Net.Calendar.Load(await AlixanFeedAsync())!;

        var summit = calendar.Events.Single(e => e.Summary!.StartsWith("Choose France", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 11, 17), DateOnly.FromDateTime(summit.DtStart!.Value));
        Assert.Equal(new DateOnly(2025, 11, 18), DateOnly.FromDateTime(summit.DtEnd!.Value));
        Assert.Equal("CONFIRMED", summit.Status);
    }

    [Fact]
    public void SpecialCharactersAreEscapedAndLongLinesFoldedWithinSeventyFiveOctets()
    {
        var title = "Grid, substation; and \\ permits — raccordement électrique au réseau haute tension " + new string('é', 60);
        var source = new SourceRef(1, "Source, with; punctuation", null, null, null, "fr");
        var claim = new MilestoneDateRevisionView(
            1, MilestoneDateKind.Target, PartialDate.InQuarter(2027, 2), PartialDate.OnDay(2026, 1, 5), new DateOnly(2026, 1, 5), ClaimStatus.OfficialAnnouncement,
            [new CitationView(source, "Line one\nline two")], "Because");
        var milestone = new MilestoneSummary(7, title, MilestoneKind.Regulatory, MilestoneState.Upcoming, null, PartialDate.InQuarter(2027, 2), claim, null, null, [claim], new DateOnly(2026, 1, 5));

        var ics = MilestoneCalendar.Write("x", "X", [milestone], TrackerDatabase.Today);

        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Too long: {line}"));
        var parsed = Ical.Net.Calendar.Load(ics)!.Events.Single();
        Assert.Equal(title, parsed.Summary);
        Assert.Contains("Line one\nline two", parsed.Description, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 4, 1), DateOnly.FromDateTime(parsed.DtStart!.Value));
        Assert.Equal(new DateOnly(2027, 7, 1), DateOnly.FromDateTime(parsed.DtEnd!.Value));
    }
}

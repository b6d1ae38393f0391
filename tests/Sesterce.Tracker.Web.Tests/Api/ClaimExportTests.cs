using System.Net;
using CsvHelper;
using MiniExcelLibs;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Api;

/// <summary>The milestone downloads and the calendar feed after the events of <see cref="ClaimScenario"/>.</summary>
public class ClaimExportTests(ClaimedTracker tracker) : IClassFixture<ClaimedTracker>
{
    private readonly HttpClient _client = tracker.Factory.CreateClient();

    private async Task<Dictionary<string, Dictionary<string, string>>> CsvRowsAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = CsvReader.Create(await response.Content.ReadAsStreamAsync(), options: null, leaveOpen: false);
        var header = reader.Headers.ToList();
        var rows = new Dictionary<string, Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = header.ToDictionary(h => h, h => reader.GetString(h) ?? "");
            rows[row["Title"]] = row;
        }

        return rows;
    }

    private async Task<string> CalendarAsync(string query = "") =>
        await _client.GetStringAsync(new Uri($"/api/campuses/alixan/milestones.ics{query}", UriKind.Relative));

    [Fact]
    public async Task TheMilestoneCsvListsTheUndatedMilestoneWithItsClaimAndSource()
    {
        var rows = await CsvRowsAsync("/api/campuses/alixan/milestones.csv");

        var grid = rows[ClaimScenario.GridTitle];
        Assert.Equal("", grid["Target"]);
        Assert.Equal("PressReport", grid["TargetStatus"]);
        Assert.Equal("2026-09-15", grid["TargetAnnouncedOn"]);
        Assert.Equal("1", grid["SourceCount"]);
        Assert.Equal(ClaimScenario.NewspaperTitle, grid["SourceTitle"]);
        Assert.Equal(ClaimScenario.GridQuote, grid["Quote"]);
    }

    [Fact]
    public async Task AReachedRowCarriesBothSourcesOneLineEachInTheSameOrder()
    {
        var rows = await CsvRowsAsync("/api/campuses/alixan/milestones.csv");

        var permit = rows[ClaimScenario.PermitTitle];
        Assert.Equal("2026-05-12", permit["ActualDate"]);
        Assert.Equal("2026-05-20", permit["ActualAnnouncedOn"]);
        Assert.Equal("2", permit["SourceCount"]);
        Assert.Equal([ClaimScenario.NewspaperTitle, ClaimScenario.PressReleaseTitle], permit["SourceTitle"].Split('\n'));
        Assert.Equal([ClaimScenario.PermitQuote, ClaimScenario.PermitReleaseQuote], permit["Quote"].Split('\n'));
        Assert.Equal(["fr", "en"], permit["SourceLanguage"].Split('\n'));
    }

    [Fact]
    public async Task TheEstimateBesideTheOfficialTargetHasItsOwnColumnsAndTheHalfYearSlipItsUnit()
    {
        var rows = await CsvRowsAsync("/api/campuses/alixan/milestones.csv");

        var phase1 = rows[ClaimScenario.PhaseOneTitle];
        Assert.Equal(("2026-12", "OfficialAnnouncement"), (phase1["Target"], phase1["TargetStatus"]));
        Assert.Equal(("2027-Q1", "InternalEstimate", "2026-10-01"), (phase1["OtherTarget"], phase1["OtherTargetStatus"], phase1["OtherTargetAnnouncedOn"]));
        var full = rows[ClaimScenario.FullTitle];
        Assert.Equal(("2028-H1", "HalfYear", "2027-12", "1", "HalfYear"), (full["Target"], full["TargetPrecision"], full["Baseline"], full["Slip"], full["SlipUnit"]));
    }

    [Fact]
    public async Task TheWorkbookHoldsTheSameRowsAsTheCsv()
    {
        var response = await _client.GetAsync(new Uri("/api/campuses/alixan/milestones.xlsx", UriKind.Relative));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(6, rows.Count);
        var grid = rows.Single(r => (string?)r["Title"] == ClaimScenario.GridTitle);
        Assert.Null(grid["Target"]);
        Assert.Equal("PressReport", grid["TargetStatus"]);
    }

    [Fact]
    public async Task ADownloadAsOfABygoneDayKnowsOnlyWhatWasReportedBy()
    {
        var rows = await CsvRowsAsync("/api/campuses/alixan/milestones.csv?asOf=2026-05-19");

        Assert.DoesNotContain(ClaimScenario.PermitTitle, rows.Keys);
        Assert.DoesNotContain(ClaimScenario.GridTitle, rows.Keys);
        Assert.Equal("2027-12", rows[ClaimScenario.FullTitle]["Target"]);
    }

    [Fact]
    public async Task TheCalendarLeavesTheUndatedMilestoneOutAndSaysHowManyItLeftOut()
    {
        var ics = await CalendarAsync();
        var calendar = Ical.Net.Calendar.Load(ics)!;

        Assert.Equal(5, calendar.Events.Count);
        Assert.DoesNotContain(calendar.Events, e => e.Summary == ClaimScenario.GridTitle);
        Assert.Contains("1 milestone has no date yet and is not in this calendar.", calendar.Properties["X-WR-CALDESC"]?.Value?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheUndatedMilestoneWasKnownTheCalendarLeavesNothingOut()
    {
        var ics = await CalendarAsync("?asOf=2026-09-14");

        Assert.DoesNotContain("no date yet", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACalendarEventListsEverySourceOfItsDateAndTheEstimateBesideIt()
    {
        var calendar = Ical.Net.Calendar.Load(await CalendarAsync())!;

        var permit = calendar.Events.Single(e => e.Summary == ClaimScenario.PermitTitle).Description!;
        Assert.Contains($"Source: {ClaimScenario.NewspaperTitle}", permit, StringComparison.Ordinal);
        Assert.Contains($"Source: {ClaimScenario.PressReleaseTitle}", permit, StringComparison.Ordinal);
        Assert.Contains(ClaimScenario.PermitReleaseQuote, permit, StringComparison.Ordinal);
        var phase1 = calendar.Events.Single(e => e.Summary == ClaimScenario.PhaseOneTitle);
        Assert.Equal(new DateOnly(2026, 12, 1), DateOnly.FromDateTime(phase1.DtStart!.Value));
        Assert.Contains("Internal estimate says 2027-Q1", phase1.Description ?? "", StringComparison.Ordinal);
        var full = calendar.Events.Single(e => e.Summary == ClaimScenario.FullTitle);
        Assert.Equal((new DateOnly(2028, 1, 1), new DateOnly(2028, 7, 1)), (DateOnly.FromDateTime(full.DtStart!.Value), DateOnly.FromDateTime(full.DtEnd!.Value)));
    }

    [Fact]
    public async Task AViewerMayReadTheCalendarButNotDownloadTheTables()
    {
        using var viewer = tracker.Factory.CreateClientAs(TrackerRoles.Viewer);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri("/api/campuses/alixan/milestones.ics", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri("/api/campuses/alixan/milestones.csv", UriKind.Relative))).StatusCode);
    }
}

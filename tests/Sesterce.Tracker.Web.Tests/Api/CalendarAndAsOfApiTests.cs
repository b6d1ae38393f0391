using System.Net;
using System.Text.Json;

namespace Sesterce.Tracker.Web.Tests.Api;

public class CalendarAndAsOfApiTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheCalendarFeedIsValidICalendar()
    {
        var response = await _client.GetAsync(new Uri("/api/campuses/alixan/milestones.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, calendar.Events.Count);
        var full = calendar.Events.Single(e => e.Summary == "Full 80 MW in operation");
        Assert.Equal(new DateOnly(2027, 12, 1), DateOnly.FromDateTime(full.DtStart!.Value));
    }

    [Fact]
    public async Task TheCalendarAsOfMidTwentyTwentyFiveHasOnlyTheFirstAnnouncement()
    {
        var ics = await _client.GetStringAsync(new Uri("/api/campuses/alixan/milestones.ics?asOf=2025-06-01", UriKind.Relative));

        Assert.Single(Ical.Net.Calendar.Load(ics)!.Events);
    }

    [Theory]
    [InlineData("/api/campuses/nowhere/milestones.ics", HttpStatusCode.NotFound)]
    [InlineData("/api/campuses/alixan/milestones.ics?asOf=soon", HttpStatusCode.BadRequest)]
    public async Task BadCalendarRequestsAreProblems(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The page and the API answer the same question the same way on the same date.</summary>
    [Theory]
    [InlineData("2025-06-01")]
    [InlineData("2025-12-01")]
    [InlineData("2026-11-25")]
    public async Task TimelinePageAndApiListTheSameMilestonesAsOfADate(string asOf)
    {
        var api = JsonDocument.Parse(await _client.GetStringAsync(new Uri($"/api/campuses/alixan/milestones?asOf={asOf}", UriKind.Relative))).RootElement;
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync(new Uri($"/campuses/alixan/timeline?asOf={asOf}", UriKind.Relative)));

        var titles = api.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("title").GetString()!).ToList();
        Assert.NotEmpty(titles);
        // A milestone without a date is in the lane under the axis rather than a marker on it.
        Assert.Equal(titles.Count, CountOccurrences(page, "data-testid=\"timeline-marker\"") + CountOccurrences(page, "data-testid=\"undated-milestone\""));
        Assert.All(titles, t => Assert.Contains(t, page, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-06-01", "€450M", "40 MW")]
    [InlineData("2025-12-01", "€1.5B", "80 MW")]
    public async Task DashboardAndApiShowTheSameFiguresAsOfADate(string asOf, string investment, string power)
    {
        var api = JsonDocument.Parse(await _client.GetStringAsync(new Uri($"/api/campuses/alixan/figures?asOf={asOf}", UriKind.Relative))).RootElement;
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync(new Uri($"/campuses/alixan?asOf={asOf}", UriKind.Relative)));

        var byKey = api.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetDecimal());
        Assert.Equal(investment == "€450M" ? 450_000_000m : 1_500_000_000m, byKey["investment"]);
        Assert.Equal(decimal.Parse(power.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), byKey["power"]);
        Assert.Contains($">{investment}<", page, StringComparison.Ordinal);
        Assert.Contains($">{power}<", page, StringComparison.Ordinal);
    }

    internal static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

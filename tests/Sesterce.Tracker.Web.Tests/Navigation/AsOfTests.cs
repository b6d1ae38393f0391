using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Tests.Navigation;

public class AsOfTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void AnAbsentOrEmptyAsOfMeansToday(string? text)
    {
        Assert.True(AsOf.TryParse(text, out var asOf));
        Assert.Equal(AsOf.Today, asOf);
        Assert.Null(asOf.Day);
    }

    [Fact]
    public void AnIsoDayIsThatDayAndWritesBackTheSame()
    {
        Assert.True(AsOf.TryParse("2025-06-01", out var asOf));

        Assert.Equal(new DateOnly(2025, 6, 1), asOf.Day);
        Assert.Equal("2025-06-01", asOf.QueryValue);
    }

    [Theory]
    [InlineData("June")]
    [InlineData("2025-6-1")]
    [InlineData("2025-02-30")]
    [InlineData(" 2025-06-01")]
    [InlineData("01/06/2025")]
    [InlineData("2025-06")]
    public void AnythingButACalendarDayIsRefused(string text) => Assert.False(AsOf.TryParse(text, out _));

    [Fact]
    public void LinksEscapeEverySegmentAndCarryTheAsOfDay()
    {
        var asOf = AsOf.On(new DateOnly(2025, 6, 1));

        Assert.Equal("/campuses/a%20b%2Fc/figures/k%3Fx?asOf=2025-06-01", TrackerLinks.Figure("a b/c", "k?x", asOf));
        Assert.Equal("/campuses/a%23b/milestones/7?asOf=2025-06-01", TrackerLinks.Milestone("a#b", 7, asOf));
        Assert.Equal("/api/campuses/alixan/figures/power/revisions.csv?asOf=2025-06-01", TrackerLinks.LedgerExport("alixan", "power", "csv", asOf));
        Assert.Equal("/admin/campuses/a%2Fb", TrackerLinks.CampusAdmin("a/b"));
    }

    [Fact]
    public void LinksOfTodayHaveNoAsOf()
    {
        Assert.Equal("/campuses/alixan/timeline", TrackerLinks.Timeline("alixan", AsOf.Today));
        Assert.Equal("/timeline", TrackerLinks.Portfolio(AsOf.Today));
    }

    [Fact]
    public void AsOfIsAddedAfterAnExistingQuery() =>
        Assert.Equal("/x?page=2&asOf=2025-06-01", AsOf.On(new DateOnly(2025, 6, 1)).AppendTo("/x?page=2"));
}

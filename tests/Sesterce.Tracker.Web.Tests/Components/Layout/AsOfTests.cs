using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Web.Components.Layout;

namespace Sesterce.Tracker.Web.Tests.Components.Layout;

public class AsOfTests : TrackerComponentTest
{
    public AsOfTests()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TrackerWebFactory.Today));
        Services.AddSingleton<TrackerClock>();
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void LinksCarryTheAsOfDateOfTheAddress()
    {
        Navigation.NavigateTo("/campuses/alixan?asOf=2025-06-01");
        var context = Services.GetRequiredService<TrackerNavigation>();

        Assert.Equal(new DateOnly(2025, 6, 1), context.AsOf);
        Assert.Equal("alixan", context.CampusSlug);
        Assert.Equal("/campuses/alixan/timeline?asOf=2025-06-01", context.Link("/campuses/alixan/timeline"));
    }

    [Fact]
    public void AMalformedAsOfIsIgnoredByLinks()
    {
        Navigation.NavigateTo("/timeline?asOf=June");
        var context = Services.GetRequiredService<TrackerNavigation>();

        Assert.Null(context.AsOf);
        Assert.Equal("/campuses/alixan", context.Link("/campuses/alixan"));
    }

    [Fact]
    public void APastDateShowsTheBannerAndOneClickReturnsToToday()
    {
        Navigation.NavigateTo("/campuses/alixan/timeline?asOf=2025-06-01");
        var cut = Render<AsOfBanner>();

        Assert.Contains("as it was known on 1 Jun 2025", cut.Find("[data-testid=as-of-banner]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=banner-back-to-today] ").Click();

        Assert.Equal("http://localhost/campuses/alixan/timeline", Navigation.Uri);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=as-of-banner]")));
    }

    [Fact]
    public void TodaysViewHasNoBanner()
    {
        Navigation.NavigateTo("/campuses/alixan");

        var cut = Render<AsOfBanner>();

        Assert.Empty(cut.FindAll("[data-testid=as-of-banner]"));
    }
}

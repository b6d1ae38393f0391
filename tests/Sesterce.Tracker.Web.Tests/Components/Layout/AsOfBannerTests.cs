using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Web.Components.Layout;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Tests.Components.Layout;

public class AsOfBannerTests : TrackerComponentTest
{
    public AsOfBannerTests()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TrackerWebFactory.Today));
        Services.AddSingleton<TrackerClock>();
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void APastDateShowsTheBannerAndOneClickReturnsToToday()
    {
        Navigation.NavigateTo("/campuses/alixan/timeline?asOf=2025-06-01");
        var cut = Render<AsOfBanner>(p => p.Add(b => b.AsOf, AsOf.On(new DateOnly(2025, 6, 1))));

        Assert.Contains("as it was known on 1 Jun 2025", cut.Find("[data-testid=as-of-banner]").TextContent, StringComparison.Ordinal);
        // A plain link, so it works even before the circuit is interactive.
        Assert.Equal("http://localhost/campuses/alixan/timeline", cut.Find("[data-testid=banner-back-to-today]").GetAttribute("href"));
    }

    [Fact]
    public void TodaysViewHasNoBanner()
    {
        var cut = Render<AsOfBanner>(p => p.Add(b => b.AsOf, AsOf.Today));

        Assert.Empty(cut.FindAll("[data-testid=as-of-banner]"));
    }

    [Fact]
    public void AFutureDateSaysNothingIsKnownBeyondToday()
    {
        var cut = Render<AsOfBanner>(p => p.Add(b => b.AsOf, AsOf.On(new DateOnly(2030, 1, 1))));

        Assert.Contains("future", cut.Find("[data-testid=as-of-banner]").ClassName, StringComparison.Ordinal);
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Web.Navigation;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Navigation;

public class TrackerNavigationTests : TrackerComponentTest
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void TheAddressGivesTheCampusAndTheAsOfDay()
    {
        Navigation.NavigateTo("/campuses/r%C3%A9gion%20sud?asOf=2025-06-01");
        var context = Services.GetRequiredService<TrackerNavigation>();

        Assert.Equal(AsOf.On(new DateOnly(2025, 6, 1)), context.AsOf);
        Assert.Equal("région sud", context.CampusSlug);
        Assert.Equal("/campuses/r%C3%A9gion%20sud/timeline?asOf=2025-06-01", TrackerLinks.Timeline(context.CampusSlug, context.AsOf));
    }

    [Fact]
    public void AMalformedAsOfInTheAddressIsToday()
    {
        Navigation.NavigateTo("/timeline?asOf=June");
        var context = Services.GetRequiredService<TrackerNavigation>();

        Assert.Equal(AsOf.Today, context.AsOf);
        Assert.Equal("alixan", context.CampusSlug);
    }

    [Fact]
    public void TheCurrentPageCanBeAskedForAnotherDayOrToday()
    {
        Navigation.NavigateTo("/campuses/alixan/timeline?asOf=2025-06-01");
        var context = Services.GetRequiredService<TrackerNavigation>();

        Assert.Equal("http://localhost/campuses/alixan/timeline?asOf=2024-01-31", context.CurrentPageAsOf(AsOf.On(new DateOnly(2024, 1, 31))));
        Assert.Equal("http://localhost/campuses/alixan/timeline", context.CurrentPageAsOf(AsOf.Today));
    }
}

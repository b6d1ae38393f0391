using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests.Identity;

public class TrackerPermissionsTests
{
    [Fact]
    public void ViewersReadTheOverviewAndTimelineOnly() =>
        Assert.Equal([TrackerPermission.ReadOverview, TrackerPermission.ReadTimeline], TrackerPermissions.Of(TrackerRoles.Viewer));

    [Fact]
    public void ExecutivesAddInvestmentTheExecutiveViewAndExportsButNeverWrite() =>
        Assert.Equal(
            [TrackerPermission.ReadOverview, TrackerPermission.ReadTimeline, TrackerPermission.ReadInvestment, TrackerPermission.ReadExecutive, TrackerPermission.Export],
            TrackerPermissions.Of(TrackerRoles.Executive));

    [Fact]
    public void AdminsHoldEveryPermission() =>
        Assert.Equal(Enum.GetValues<TrackerPermission>(), TrackerPermissions.Of(TrackerRoles.Admin));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("admin")]
    [InlineData("Owner")]
    public void AnUnknownRoleHoldsNothing(string? role) => Assert.Empty(TrackerPermissions.Of(role));

    [Fact]
    public void AnAnonymousCallerHoldsNothingEvenWithARoleName() =>
        Assert.False(new Caller(null, null, TrackerRoles.Admin).Holds(TrackerPermission.ReadOverview));
}

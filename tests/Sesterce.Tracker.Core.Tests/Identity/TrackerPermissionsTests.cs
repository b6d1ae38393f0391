using Sesterce.Tracker.Core.Domain;
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
            [TrackerPermission.ReadOverview, TrackerPermission.ReadTimeline, TrackerPermission.ReadInternal, TrackerPermission.ReadExecutive, TrackerPermission.Export],
            TrackerPermissions.Of(TrackerRoles.Executive));

    [Theory]
    [InlineData(TrackerRoles.Viewer, Visibility.Public)]
    [InlineData(TrackerRoles.Executive, Visibility.Internal)]
    [InlineData(TrackerRoles.Admin, Visibility.Confidential)]
    public void EachRoleReadsUpToItsClearance(string role, Visibility clearance)
    {
        var caller = new Caller("u", "u", role);
        Assert.Equal(clearance, caller.Clearance);
        Assert.All(Enum.GetValues<Visibility>(), level => Assert.Equal(level <= clearance, caller.MaySee(level)));
    }

    [Fact]
    public void NobodySignedInReadsNoLevelAtAll() =>
        Assert.DoesNotContain(Enum.GetValues<Visibility>(), Caller.Anonymous.MaySee);

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

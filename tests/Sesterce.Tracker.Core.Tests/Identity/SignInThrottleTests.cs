using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests.Identity;

public class SignInThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(8, 32)]
    [InlineData(12, 512)]
    [InlineData(13, 900)]
    [InlineData(1_000, 900)]
    [InlineData(int.MaxValue, 900)]
    public void TheDelayDoublesFromTheThirdFailureUpToFifteenMinutes(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SignInThrottle.Delay(failures));

    [Fact]
    public void AnAccountWaitsFromItsLastCountedFailureAndNoLonger()
    {
        var user = new TrackerUser();
        for (var i = 0; i < 50; i++)
        {
            SignInThrottle.RecordFailure(user, Now);
        }

        Assert.Equal(Now + SignInThrottle.MaximumDelay, SignInThrottle.RetryAt(user, Now.AddMinutes(14)));
        Assert.Null(SignInThrottle.RetryAt(user, Now + SignInThrottle.MaximumDelay));
    }

    [Fact]
    public void ASuccessOrAnUnlockStartsTheCountOver()
    {
        var user = new TrackerUser();
        SignInThrottle.RecordFailure(user, Now);
        SignInThrottle.RecordFailure(user, Now);
        SignInThrottle.RecordFailure(user, Now);

        SignInThrottle.Reset(user);

        Assert.Equal(0, user.AccessFailedCount);
        Assert.Null(user.LastFailedSignInAt);
        Assert.Null(SignInThrottle.RetryAt(user, Now));
    }
}

using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests.Features.Changes;

public sealed class ReloadCoalescerTests
{
    private static readonly Caller Admin = new("1", "Alice", TrackerRoles.Admin);
    private static readonly Caller Viewer = new("2", "Paula", TrackerRoles.Viewer);

    private sealed record View(int Read);

    [Fact]
    public async Task CallersOfDifferentRolesNeverShareARead()
    {
        // An executive's dashboard holds the investment; a viewer's must be read for the viewer.
        var coalescer = new ReloadCoalescer();
        var change = new TrackerChange("alixan", "Figure", "1", "Updated");
        var reads = 0;
        Task<View?> Read() => Task.FromResult<View?>(new View(Interlocked.Increment(ref reads)));

        var forAdmin = await coalescer.ReadAsync(change, Admin, "dashboard|alixan|", Read);
        var forViewer = await coalescer.ReadAsync(change, Viewer, "dashboard|alixan|", Read);
        var forAnotherViewer = await coalescer.ReadAsync(change, Viewer with { UserId = "3" }, "dashboard|alixan|", Read);

        Assert.Equal(2, reads);
        Assert.NotSame(forAdmin, forViewer);
        Assert.Same(forViewer, forAnotherViewer);
    }

    [Fact]
    public async Task ViewsReloadingAfterTheSameChangeShareOneRead()
    {
        var coalescer = new ReloadCoalescer();
        var change = new TrackerChange("alixan", "Milestone", "3", "Updated");
        var gate = new TaskCompletionSource();
        var reads = 0;
        async Task<View?> Read()
        {
            var read = Interlocked.Increment(ref reads);
            await gate.Task;
            return new View(read);
        }

        var views = Enumerable.Range(0, 50).Select(_ => coalescer.ReadAsync(change, Admin, "dashboard|alixan|", Read)).ToList();
        gate.SetResult();
        var results = await Task.WhenAll(views);

        Assert.Equal(1, reads);
        Assert.All(results, view => Assert.Same(results[0], view));
    }

    [Fact]
    public async Task ANewChangeOrAnotherKeyReadsAgain()
    {
        var coalescer = new ReloadCoalescer();
        var first = new TrackerChange("alixan", "Milestone", "3", "Updated");
        var second = new TrackerChange("alixan", "Milestone", "3", "Updated");
        var reads = 0;
        Task<View?> Read() => Task.FromResult<View?>(new View(Interlocked.Increment(ref reads)));

        var a = await coalescer.ReadAsync(first, Admin, "dashboard|alixan|", Read);
        var b = await coalescer.ReadAsync(first, Admin, "dashboard|alixan|2025-06-01", Read);
        var c = await coalescer.ReadAsync(second, Admin, "dashboard|alixan|", Read);
        var again = await coalescer.ReadAsync(first, Admin, "dashboard|alixan|", Read);

        Assert.Equal(3, reads);
        Assert.Equal([1, 2, 3], new[] { a!.Read, b!.Read, c!.Read });
        Assert.Same(a, again);
    }

    [Fact]
    public async Task AFailedReadFailsTheViewsWaitingOnItAndTheNextViewTriesAgain()
    {
        var coalescer = new ReloadCoalescer();
        var change = new TrackerChange("alixan", "Figure", "power", "Revised");
        var gate = new TaskCompletionSource();
        async Task<View?> Fail()
        {
            await gate.Task;
            throw new InvalidOperationException("database unavailable");
        }

        var waiting = Enumerable.Range(0, 3).Select(_ => coalescer.ReadAsync(change, Admin, "k", Fail)).ToList();
        gate.SetResult();
        foreach (var view in waiting)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => view);
        }

        var retried = await coalescer.ReadAsync(change, Admin, "k", () => Task.FromResult<View?>(new View(7)));
        Assert.Equal(7, retried!.Read);
    }
}

using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;

using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class MilestonesAdminTests : SeededComponentTest
{
    private IRenderedComponent<MilestonesAdmin> RenderAdmin()
    {
        Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<MilestonesAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-milestone-row]").Count));
        return cut;
    }

    // MudBlazor puts extra attributes on the input element itself (or a wrapper, depending on the field).
    private static IElement RowOf(IRenderedComponent<MilestonesAdmin> cut, string title) =>
        cut.FindAll("[data-milestone-row]").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));

    [Fact]
    public void MovingATargetWithAReasonSavesAndTheTableShowsTheNewDate()
    {
        var cut = RenderAdmin();

        RowOf(cut, "Phase 1 commissioning").QuerySelector("[data-testid=move-milestone]")!.Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=milestone-form]")));
        Type(cut, "field-target", "2027-03");
        Type(cut, "field-reason", "Grid connection delayed.");
        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Contains("Mar 2027", RowOf(cut, "Phase 1 commissioning").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=milestone-form]"));
    }

    [Fact]
    public void AMoveWithoutReasonOrWithABadDateShowsClearMessagesAndSavesNothing()
    {
        var cut = RenderAdmin();

        RowOf(cut, "Phase 1 commissioning").QuerySelector("[data-testid=move-milestone]")!.Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=milestone-form]")));
        Type(cut, "field-target", "sometime in 2027");
        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-errors]")));
        var errors = cut.Find("[data-testid=write-errors]").TextContent;
        Assert.Contains("'sometime in 2027' is not a date", errors, StringComparison.Ordinal);
        Assert.Contains("Reason: is required.", errors, StringComparison.Ordinal);
        Assert.Contains("Dec 2026", RowOf(cut, "Phase 1 commissioning").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASaveBasedOnAStaleVersionShowsWhatTheOtherAdminChanged()
    {
        var cut = RenderAdmin();
        RowOf(cut, "Full 80 MW in operation").QuerySelector("[data-testid=edit-milestone]")!.Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=milestone-form]")));

        // Another admin saves first, from their own session.
        var service = Services.GetRequiredService<MilestoneAdminService>();
        var id = (await service.ListAsync("alixan"))!.Single(r => r.Title == "Full 80 MW in operation").Id;
        var edit = (await service.GetForEditAsync(id))!;
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await service.UpdateAsync(id, edit.Values with { Title = "Full 80 MW operation" }, edit.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        Type(cut, "field-title", "Full capacity in operation");
        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-conflict]")));
        var conflict = cut.Find("[data-testid=write-conflict]").TextContent;
        Assert.Contains("bob@example.test", conflict, StringComparison.Ordinal);
        Assert.Contains("Full 80 MW in operation → Full 80 MW operation", conflict, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=reload-latest]"));
    }

    [Fact]
    public void ArchivingAsksForAReasonThenMarksTheRow()
    {
        var cut = RenderAdmin();

        RowOf(cut, "Full 80 MW in operation").QuerySelector("[data-testid=archive-milestone]")!.Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=milestone-form]")));
        Type(cut, "field-reason", "Merged into phase plan v2.");
        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("archived", RowOf(cut, "Full 80 MW in operation").TextContent, StringComparison.Ordinal));
        Assert.NotNull(RowOf(cut, "Full 80 MW in operation").QuerySelector("[data-testid=restore-milestone]"));
    }
}

using MudBlazor;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Tests.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Dashboard;

/// <summary>The dashboard's writer actions: "Add revision" on each figure card and "Move date" on each next milestone.</summary>
public class DashboardEditTests : AdminFormTest
{
    private IRenderedComponent<MudDialogProvider>? _dialogs;

    private IRenderedComponent<MudDialogProvider> Dialogs => _dialogs ??= Render<MudDialogProvider>();

    private IRenderedComponent<DashboardPage> RenderDashboard()
    {
        _ = Popovers;
        _ = Dialogs;
        NavigateTo("/campuses/alixan");
        var cut = Render<DashboardPage>(p => p.Add(c => c.Slug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-figure]")));
        return cut;
    }

    [Fact]
    public void AnAdminGetsAnAddRevisionOnEveryCardAndAMoveDateOnEveryNextMilestone()
    {
        var cut = RenderDashboard();

        Assert.Equal(cut.FindAll("[data-figure]").Count, cut.FindAll("[data-figure] [data-testid=add-revision]").Count);
        Assert.Equal(cut.FindAll("[data-testid=next-milestones] li.milestone").Count, cut.FindAll("[data-testid=next-milestones] [data-testid=move-date]").Count);
        Assert.NotEmpty(cut.FindAll("[data-testid=next-milestones] [data-testid=move-date]"));
    }

    [Fact]
    public void AReaderWhoMayNotWriteSeesNoEditAction()
    {
        Authorization.SetRoles(TrackerRoles.Executive);
        Authorization.SetPolicies(nameof(TrackerPermission.ReadOverview), nameof(TrackerPermission.ReadTimeline));

        var cut = RenderDashboard();

        Assert.Empty(cut.FindAll("[data-testid=add-revision], [data-testid=move-date]"));
    }

    [Fact]
    public async Task MoveDateFromTheDashboardSavesAndSaysWhat()
    {
        var cut = RenderDashboard();
        var move = cut.FindAll("[data-testid=next-milestones] li.milestone").First(li => li.TextContent.Contains("Phase 1 commissioning", StringComparison.Ordinal)).QuerySelector("[data-testid=move-date]")!;
        await cut.InvokeAsync(() => move.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=dialog-save]")));

        Type(Dialogs, "claim-date", "2027-03");
        Choose(Dialogs, "claim-source", SeedSource);
        Type(Dialogs, "claim-reported-on", "2026-11-20");
        var save = Dialogs.Find("[data-testid=dialog-save]");
        await Dialogs.InvokeAsync(() => save.Click());

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.Equal("Saved: Phase 1 commissioning — target Mar 2027", cut.Find("[data-testid=saved-message]").TextContent.Trim()));
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Features.Milestones;
using Sesterce.Tracker.Web.Tests.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Navigation;

/// <summary>
/// The read pages' dialogs have addresses (<c>?dialog=move-date</c>, <c>?dialog=correct&amp;claim=12</c>,
/// <c>?dialog=add-revision&amp;figure=investment</c>): loading one opens the dialog for a writer on today's
/// view, never for a reader; opening writes it and closing removes it. The register's are in RiskEditDialogTests.
/// </summary>
public class DialogAddressTests : AdminFormTest
{
    private const string Phase1 = "Phase 1 commissioning";

    private IRenderedComponent<MudDialogProvider>? _dialogs;

    private IRenderedComponent<MudDialogProvider> Dialogs => _dialogs ??= Render<MudDialogProvider>();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private void SignInAsReader()
    {
        Authorization.SetRoles(TrackerRoles.Executive);
        Authorization.SetPolicies(nameof(TrackerPermission.ReadOverview), nameof(TrackerPermission.ReadTimeline));
    }

    private async Task<IRenderedComponent<MilestonePage>> RenderMilestoneAsync(string query)
    {
        _ = Popovers;
        _ = Dialogs;
        var id = await MilestoneIdAsync(Phase1);
        NavigateTo($"/campuses/alixan/milestones/{id}{query}");
        var cut = Render<MilestonePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Id, id));
        cut.WaitForAssertion(() => Assert.Equal(Phase1, cut.Find("h1").TextContent.Trim()));
        return cut;
    }

    private IRenderedComponent<FigurePage> RenderFigure(string query)
    {
        _ = Popovers;
        _ = Dialogs;
        NavigateTo($"/campuses/alixan/figures/power{query}");
        var cut = Render<FigurePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Key, "power"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("h1")));
        return cut;
    }

    private IRenderedComponent<DashboardPage> RenderDashboard(string query)
    {
        _ = Popovers;
        _ = Dialogs;
        NavigateTo($"/campuses/alixan{query}");
        var cut = Render<DashboardPage>(p => p.Add(c => c.Slug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-figure]")));
        return cut;
    }

    private void AssertOpen(string dialogTestId) =>
        Dialogs.WaitForAssertion(() => Assert.Equal((1, 1), (Dialogs.FindAll($"[data-testid={dialogTestId}]").Count, Dialogs.FindAll("[data-testid=dialog-save]").Count)));

    private async Task CancelAsync()
    {
        var cancel = Dialogs.Find("[data-testid=dialog-cancel]");
        await Dialogs.InvokeAsync(() => cancel.Click());
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
    }

    [Fact]
    public async Task TheMoveDateAddressOpensTheDialogAndClosingRemovesIt()
    {
        await RenderMilestoneAsync("?dialog=move-date");

        AssertOpen("milestone-date-dialog");
        Assert.Contains("New target date", Dialogs.Find(".mud-dialog").TextContent, StringComparison.OrdinalIgnoreCase);
        await CancelAsync();
        Assert.DoesNotContain("dialog=", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCorrectAddressOpensTheCorrectionOfThatClaim()
    {
        var id = await MilestoneIdAsync(Phase1);
        var claim = await QueryAsync(db => db.MilestoneDateRevisions.Where(r => r.MilestoneId == id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

        await RenderMilestoneAsync($"?dialog=correct&claim={claim.ToString(CultureInfo.InvariantCulture)}");

        AssertOpen("milestone-date-dialog");
        Assert.Contains("Correct", Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
        await CancelAsync();
        Assert.DoesNotContain("claim=", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMilestoneAddressOpensNothingForAReader()
    {
        SignInAsReader();

        var cut = await RenderMilestoneAsync("?dialog=move-date");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=current-target]")));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }

    [Fact]
    public async Task ClickingMarkReachedWritesItsAddress()
    {
        var cut = await RenderMilestoneAsync("");
        var button = cut.Find("[data-testid=mark-reached]");

        await cut.InvokeAsync(() => button.Click());

        AssertOpen("milestone-date-dialog");
        Assert.Contains("dialog=mark-reached", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAddRevisionAddressOpensTheFigureDialogAndClosingRemovesIt()
    {
        RenderFigure("?dialog=add-revision");

        AssertOpen("figure-revision-dialog");
        await CancelAsync();
        Assert.DoesNotContain("dialog=", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void AFigureAddressInAPastViewOpensNothing()
    {
        var cut = RenderFigure("?asOf=2026-06-01&dialog=add-revision");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("h1")));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }

    [Fact]
    public async Task ClickingCorrectOnALedgerRowWritesTheClaimIntoTheAddress()
    {
        var cut = RenderFigure("");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=correct-revision]")));
        var correct = cut.FindAll("[data-testid=correct-revision]")[0];

        await cut.InvokeAsync(() => correct.Click());

        AssertOpen("figure-revision-dialog");
        Assert.Matches("dialog=correct&claim=[0-9]+", Navigation.Uri);
    }

    [Fact]
    public void TheDashboardsAddRevisionAddressOpensTheDialogForThatFigure()
    {
        RenderDashboard("?dialog=add-revision&figure=investment");

        AssertOpen("figure-revision-dialog");
        Assert.Contains("Investment", Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDashboardsMoveDateAddressOpensTheDialogForThatMilestone()
    {
        var id = await MilestoneIdAsync(Phase1);

        RenderDashboard($"?dialog=move-date&milestone={id.ToString(CultureInfo.InvariantCulture)}");

        AssertOpen("milestone-date-dialog");
        Assert.Contains(Phase1, Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?dialog=add-revision&figure=investment")]
    [InlineData("?dialog=move-date&milestone=1")]
    public void TheDashboardsAddressesOpenNothingForAReader(string query)
    {
        SignInAsReader();

        var cut = RenderDashboard(query);

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-figure]")));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }
}

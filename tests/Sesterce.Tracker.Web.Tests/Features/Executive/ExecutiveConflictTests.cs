using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Executive;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Executive;

/// <summary>A press report of the total cost, months after the official figure, on the executive sheet until an admin judges it.</summary>
public class ExecutiveConflictTests : SeededComponentTest
{
    private const string PressQuote = "le coût total atteindrait 2,1 milliards d'euros";

    private async Task<int> AddPressReportAsync()
    {
        var source = await FirstSourceIdAsync();
        var result = await Services.GetRequiredService<FigureAdminService>().AddRevisionAsync("alixan", "investment", new RevisionInput(
            2_100_000_000, null, null, FigureQualifier.Exact, new ClaimInput("2026-03-15", ClaimStatus.PressReport, [new CitationInput(source, PressQuote)], "Regional daily, citing a supplier.")));
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    private IRenderedComponent<ExecutivePage> RenderAt(string query = "")
    {
        NavigateTo($"/campuses/alixan/executive{query}");
        var cut = Render<ExecutivePage>(p => p.Add(c => c.Slug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=next-milestones]")));
        return cut;
    }

    [Fact]
    public async Task APressReportMonthsAfterTheOfficialFigureIsAnOpenDisagreementUnderTheFigures()
    {
        await AddPressReportAsync();

        var cut = RenderAt();

        var line = cut.Find("[data-testid=open-conflicts] [data-testid=open-conflict]");
        Assert.Contains("Investment: Press report €2.1B (15 Mar 2026) disagrees with the headline Official announcement €1.5B (17 Nov 2025)", line.TextContent.Squash(), StringComparison.Ordinal);
        Assert.EndsWith("/campuses/alixan/figures/investment#conflicts", line.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceAnAdminRejectsItTheSheetNoLongerListsItButThePastViewStillDoes()
    {
        var claim = await AddPressReportAsync();
        var source = await FirstSourceIdAsync();
        var resolved = await Services.GetRequiredService<ConflictAdminService>().ResolveAsync("alixan", DisputedClaimKind.Figure, claim, new ResolutionInput(
            ConflictResolutionKind.Rejected, "The supplier's figure counts phase two.", new ClaimInput("2026-11-20", ClaimStatus.OfficialAnnouncement, [new CitationInput(source, null)], null)));
        Assert.True(resolved.Succeeded, string.Join("; ", resolved.Errors.Select(e => $"{e.Field}: {e.Code}")));

        var today = RenderAt();
        Assert.Empty(today.FindAll("[data-testid=open-conflicts]"));

        var before = RenderAt("?asOf=2026-11-01");
        Assert.Contains("Investment:", before.Find("[data-testid=open-conflicts]").TextContent, StringComparison.Ordinal);
    }
}

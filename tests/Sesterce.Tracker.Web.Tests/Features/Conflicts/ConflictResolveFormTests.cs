using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Conflicts;
using Sesterce.Tracker.Web.Tests.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Conflicts;

/// <summary>An admin judges a press report that disagrees with the official investment: a rejection needs its reason.</summary>
public class ConflictResolveFormTests : AdminFormTest
{
    private async Task<int> AddPressReportAsync()
    {
        var source = await FirstSourceIdAsync();
        var result = await Services.GetRequiredService<FigureAdminService>().AddRevisionAsync("alixan", "investment", new RevisionInput(
            2_100_000_000, null, null, FigureQualifier.Exact, new ClaimInput("2026-03-15", ClaimStatus.PressReport, [new CitationInput(source, "2,1 milliards")], null)));
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    private IRenderedComponent<ConflictResolveForm> RenderForm(int claimId)
    {
        _ = Popovers;
        var cut = Render<ConflictResolveForm>(p => p
            .Add(c => c.CampusSlug, "alixan")
            .Add(c => c.ClaimKind, DisputedClaimKind.Figure)
            .Add(c => c.ClaimId, claimId)
            .Add(c => c.IsOpen, true));
        cut.Find("[data-testid=start-resolve]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=resolve-form]")));
        return cut;
    }

    [Fact]
    public async Task ARejectionWithoutAReasonShowsTheMessageAndNothingIsSaved()
    {
        var claim = await AddPressReportAsync();
        var cut = RenderForm(claim);
        Choose(cut, "resolution-source", SeedSource);

        cut.Find("[data-testid=save-resolution]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Say why the claim is rejected.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(0, await QueryAsync(db => db.ConflictResolutions.CountAsync()));
    }

    [Fact]
    public async Task ARejectionWithItsReasonIsSavedAsAClaimWithItsSource()
    {
        var claim = await AddPressReportAsync();
        var cut = RenderForm(claim);
        Choose(cut, "resolution-source", SeedSource);
        Type(cut, "field-resolution-reason", "The supplier's figure counts phase two.");
        Type(cut, "resolution-reported-on", "2026-11-20");

        cut.Find("[data-testid=save-resolution]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        var saved = await QueryAsync(db => db.ConflictResolutions.Include(r => r.Citations).SingleAsync());
        Assert.Equal((claim, ConflictResolutionKind.Rejected, "The supplier's figure counts phase two."), (saved.FigureRevisionId!.Value, saved.Kind, saved.Reason));
        Assert.Single(saved.Citations);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>"Who may see this" on the claim and source forms, and the chips that show each level to the admin.</summary>
public class VisibilityFormTests : AdminFormTest
{
    private IRenderedComponent<FiguresAdmin> RenderFigure(string key)
    {
        _ = Popovers;
        var cut = Render<FiguresAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-figure-key={key}]")));
        cut.Find($"[data-figure-key={key}]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=revision-form]")));
        return cut;
    }

    private async Task<int> AddPowerClaimAsync(Visibility level)
    {
        var source = await FirstSourceIdAsync();
        var input = new RevisionInput(77, null, null, FigureQualifier.Exact, new ClaimInput("2026-11-20", ClaimStatus.PressReport, [new CitationInput(source, null)], null, Visibility: level));
        var result = await Services.GetRequiredService<FigureAdminService>().AddRevisionAsync("alixan", "power", input);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}")));
        return result.Id!.Value;
    }

    [Fact]
    public void AClaimOfTheInvestmentStartsAtItsDefaultInternalWithTheRuleOfTheLevelsBeside()
    {
        var cut = RenderFigure("investment");

        cut.WaitForAssertion(() => Assert.Equal("Internal", Shown(cut, "claim-visibility")));
        Assert.Contains("Public: every signed-in user; Internal: executives and admins; Confidential: admins only", cut.Find("[data-testid=revision-form]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Who may see this", cut.Find("[data-testid=revision-form]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfidentialClaimChosenInTheFormIsStoredSoAndShownWithItsChip()
    {
        var cut = RenderFigure("power");
        Assert.Equal("Public", Shown(cut, "claim-visibility"));

        Type(cut, "field-value", "81");
        Choose(cut, "claim-source", SeedSource);
        Choose(cut, "claim-visibility", "Confidential");
        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        var stored = await QueryAsync(db => db.FigureRevisions.Where(r => r.Value == 81).Select(r => r.Visibility).SingleAsync());
        Assert.Equal(Visibility.Confidential, stored);
        var id = await QueryAsync(db => db.FigureRevisions.Where(r => r.Value == 81).Select(r => r.Id).SingleAsync());
        cut.WaitForAssertion(() => Assert.Equal("Confidential", cut.Find($"[data-revision-row='{id}'] [data-testid=visibility-chip]").TextContent));
        Assert.Equal("Public", Shown(cut, "claim-visibility"));
    }

    [Fact]
    public async Task ACorrectionStartsAtTheLevelOfTheClaimItCorrects()
    {
        var id = await AddPowerClaimAsync(Visibility.Confidential);
        var cut = RenderFigure("power");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-revision-row='{id}'] [data-testid=correct-revision]")));
        cut.Find($"[data-revision-row='{id}'] [data-testid=correct-revision]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Confidential", Shown(cut, "claim-visibility")));
    }

    [Fact]
    public async Task CitingASourceMoreRestrictedThanTheClaimIsAllowedWithAWarning()
    {
        var created = await Services.GetRequiredService<SourceAdminService>()
            .CreateAsync(new SourceInput("Steering committee minutes", null, null, "2026-10-01", "fr", null, Visibility.Internal));
        Assert.True(created.Succeeded);
        var cut = RenderFigure("power");
        Assert.Empty(cut.FindAll("[data-testid=claim-restricted-source]"));

        Choose(cut, "claim-source", "Steering committee minutes");

        cut.WaitForAssertion(() => Assert.Contains(
            "Steering committee minutes is Internal: viewers will see this claim without this source.",
            cut.Find("[data-testid=claim-restricted-source]").TextContent,
            StringComparison.Ordinal));
        Choose(cut, "claim-visibility", "Internal");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=claim-restricted-source]")));
    }

    [Fact]
    public void TheFrenchFormAsksWhoMaySeeThisInFrench()
    {
        UseCulture("fr");
        var cut = RenderFigure("investment");

        cut.WaitForAssertion(() => Assert.Equal("Interne", Shown(cut, "claim-visibility")));
        Assert.Contains("Qui peut voir ceci", cut.Find("[data-testid=revision-form]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Confidentiel : administrateurs seulement", cut.Find("[data-testid=revision-form]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewSourceStartsPublicAndAnInternalOneIsStoredAndListedWithItsChip()
    {
        _ = Popovers;
        var cut = Render<SourcesAdminPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=edit-source]")));
        Assert.Equal("Public", Shown(cut, "field-visibility"));
        Assert.Empty(cut.FindAll("[data-testid=source-table] [data-testid=visibility-chip]"));

        Type(cut, "field-title", "Note interne du comité");
        Choose(cut, "field-visibility", "Internal");
        cut.Find("[data-testid=save-source]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        var stored = (await Services.GetRequiredService<SourceAdminService>().ListAsync()).Single(s => s.Title == "Note interne du comité");
        Assert.Equal(Visibility.Internal, stored.Visibility);
        var row = cut.FindAll("[data-testid=source-table] tbody tr").Single(r => r.TextContent.Contains("Note interne du comité", StringComparison.Ordinal));
        Assert.Equal("Internal", row.QuerySelector("[data-testid=visibility-chip]")!.TextContent);
    }

    [Fact]
    public async Task EditingASourceShowsItsLevelAndAChangeIsSaved()
    {
        _ = Popovers;
        var cut = Render<SourcesAdminPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=edit-source]")));
        cut.FindAll("[data-testid=edit-source]")[0].Click();
        var row = (await Services.GetRequiredService<SourceAdminService>().ListAsync())[0];
        Assert.Equal("Public", Shown(cut, "field-visibility"));

        Choose(cut, "field-visibility", "Confidential");
        cut.Find("[data-testid=save-source]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Equal(Visibility.Confidential, (await Services.GetRequiredService<SourceAdminService>().ListAsync()).Single(s => s.Id == row.Id).Visibility);
    }
}

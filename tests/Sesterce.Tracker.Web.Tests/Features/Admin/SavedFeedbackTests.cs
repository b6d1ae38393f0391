using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;
using static Sesterce.Tracker.Web.Tests.RiskFixtures;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>
/// Every admin tab says what a save recorded ("Saved: Local opposition", "Saved: Power capacity — 80 MW") in
/// the UI language, instead of the generic line, and highlights the row that changed.
/// </summary>
public class SavedFeedbackTests : AdminFormTest
{
    private static string Saved<TComponent>(IRenderedComponent<TComponent> cut)
        where TComponent : Microsoft.AspNetCore.Components.IComponent => cut.Find("[data-testid=write-saved]").TextContent.Trim();

    private static void AssertHighlighted<TComponent>(IRenderedComponent<TComponent> cut, string selector)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        Assert.Contains("row-changed", cut.Find(selector).ClassName ?? "", StringComparison.Ordinal);

    [Fact]
    public async Task TheRisksTabNamesTheEditedRiskAndHighlightsItsRow()
    {
        var id = await AddRiskAsync(Services, "Local opposition", [Claim(RiskState.Open, RiskLevel.Low, RiskLevel.Medium, PartialDate.OnDay(2026, 3, 10))], RiskCategory.Community);
        _ = Popovers;
        var cut = Render<RisksAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll($"[data-risk-row='{id}'] [data-testid=edit-risk]")));
        cut.Find($"[data-risk-row='{id}'] [data-testid=edit-risk]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=risk-form]")));

        Type(cut, "field-title", "Local opposition to the substation");
        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved: Local opposition to the substation", Saved(cut)));
        AssertHighlighted(cut, $"[data-risk-row='{id}']");
    }

    [Fact]
    public async Task TheFiguresTabNamesTheFigureAndTheSavedValueAndHighlightsTheNewRevision()
    {
        _ = Popovers;
        var cut = Render<FiguresAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-figure-key=power]")));
        cut.Find("[data-figure-key=power]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Power", cut.Find("[data-testid=revision-form]").TextContent, StringComparison.Ordinal));

        Type(cut, "field-value", "80");
        Choose(cut, "claim-source", SeedSource);
        TypeAt(cut, "claim-quote", 0, "passe ainsi à 80 MW");
        Type(cut, "claim-reported-on", "2025-12-01");
        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved: Power capacity — 80 MW", Saved(cut)));
        var stored = (await Services.GetRequiredService<Core.Features.Figures.FigureService>().GetLedgerAsync("alixan", "power")).View!
            .Revisions.Single(r => r.AnnouncedOn.ToString() == "2025-12-01");
        AssertHighlighted(cut, $"[data-revision-row='{stored.Id}']");
    }

    [Fact]
    public void TheSourcesPageNamesTheNewSourceAndHighlightsItsRow()
    {
        var cut = Render<SourcesAdminPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=edit-source]")));

        Type(cut, "field-title", "Rapport d'enquête publique");
        Type(cut, "field-published", "2026-03-02");
        cut.Find("[data-testid=save-source]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved: Rapport d'enquête publique", Saved(cut)));
        var row = cut.FindAll("[data-testid=source-table] tbody tr").Single(r => r.TextContent.Contains("Rapport d'enquête publique", StringComparison.Ordinal));
        Assert.Contains("row-changed", row.ClassName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void TheSourcesPageSaysItInFrench()
    {
        UseCulture("fr");
        var cut = Render<SourcesAdminPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=edit-source]")));

        Type(cut, "field-title", "Rapport d'enquête publique");
        Type(cut, "field-published", "2026-03-02");
        cut.Find("[data-testid=save-source]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Enregistré : Rapport d'enquête publique", Saved(cut)));
    }

    [Fact]
    public void TheBenchmarksPageNamesTheBenchmarkAndHighlightsItsRow()
    {
        _ = Popovers;
        var cut = Render<BenchmarksAdminPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=edit-benchmark]")));

        Type(cut, "field-key", "test-build-cost");
        Type(cut, "field-name", "Test build cost");
        Type(cut, "field-low", "8000000");
        Type(cut, "field-high", "12000000");
        Type(cut, "field-source-title", "A cost survey");
        cut.Find("[data-testid=save-benchmark]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved: Test build cost", Saved(cut)));
        var row = cut.FindAll("[data-testid=benchmark-table] tbody tr").Single(r => r.TextContent.Contains("Test build cost", StringComparison.Ordinal));
        Assert.Contains("row-changed", row.ClassName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCampusTabNamesTheCampus()
    {
        var name = (await Services.GetRequiredService<CampusAdminService>().GetForEditAsync("alixan"))!.Values.Name;
        _ = Popovers;
        var cut = Render<CampusDetailsAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=campus-form]")));

        Type(cut, "field-description", "A sovereign AI compute campus by the TGV station.");
        cut.Find("[data-testid=save-campus]").Click();

        cut.WaitForAssertion(() => Assert.Equal($"Saved: {name}", Saved(cut)));
    }

    [Fact]
    public void TheCampusTabNamesANewPhaseAndHighlightsItsCard()
    {
        _ = Popovers;
        var cut = Render<CampusDetailsAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=campus-form]")));

        Type(cut, "field-phase-name", "Extension");
        Type(cut, "field-phase-announced", "2025-11-17");
        cut.Find("[data-testid=save-phase]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved: Extension", Saved(cut)));
        var card = cut.FindAll("[data-phase-row]").Single(r => r.QuerySelector("strong")!.TextContent.EndsWith("Extension", StringComparison.Ordinal));
        Assert.Contains("row-changed", card.ClassName ?? "", StringComparison.Ordinal);
    }
}

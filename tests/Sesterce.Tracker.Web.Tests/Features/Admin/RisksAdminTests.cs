using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class RisksAdminTests : AdminFormTest
{
    private RiskAdminService Risks => Services.GetRequiredService<RiskAdminService>();

    private IRenderedComponent<RisksAdmin> RenderAdmin(int rows = 0)
    {
        _ = Popovers;
        var cut = Render<RisksAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.Equal(rows, cut.FindAll("[data-risk-row]").Count));
        return cut;
    }

    private static IElement RowOf(IRenderedComponent<RisksAdmin> cut, string title) =>
        cut.FindAll("[data-risk-row]").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));

    private static void Open(IRenderedComponent<RisksAdmin> cut, string title, string action)
    {
        RowOf(cut, title).QuerySelector($"[data-testid={action}]")!.Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=risk-form]")));
    }

    private static void Save(IRenderedComponent<RisksAdmin> cut) => cut.Find("[data-testid=save]").Click();

    private async Task<int> AddRiskAsync(string title)
    {
        var source = await FirstSourceIdAsync();
        var result = await Risks.CreateAsync(
            "alixan",
            new RiskInput(title, null, RiskCategory.Permit, "Préfecture", [], [], []),
            new RiskAssessmentInput(RiskState.Open, RiskLevel.Medium, RiskLevel.High, new ClaimInput("2025-11-24", ClaimStatus.PressReport, [new CitationInput(source, "un recours est possible")], null)));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}")));
        return result.Id!.Value;
    }

    private Task<List<RiskAssessment>> AssessmentsAsync(int riskId) =>
        QueryAsync(db => db.RiskAssessments.Include(a => a.Citations).Where(a => a.RiskId == riskId).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task AValidRiskIsSavedWithItsFirstAssessmentSourceAndQuote()
    {
        var cut = RenderAdmin();
        cut.Find("[data-testid=new-risk]").Click();
        Type(cut, "field-title", "Grid connection delayed");
        Type(cut, "field-owner", "RTE");
        Choose(cut, "field-category", "Grid connection");
        Choose(cut, "assessment-likelihood", "High");
        Choose(cut, "assessment-source", SeedSource);
        TypeAt(cut, "assessment-quote", 0, "le raccordement n'est pas confirmé");

        Save(cut);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        var row = RowOf(cut, "Grid connection delayed");
        Assert.Contains("Open", row.TextContent, StringComparison.Ordinal);
        var risk = await QueryAsync(db => db.Risks.SingleAsync(r => r.Title == "Grid connection delayed"));
        Assert.Equal((RiskCategory.GridConnection, "RTE"), (risk.Category, risk.Owner));
        var assessment = Assert.Single(await AssessmentsAsync(risk.Id));
        Assert.Equal((RiskState.Open, RiskLevel.High, RiskLevel.Medium, "2025-11-24"), (assessment.State, assessment.Likelihood, assessment.Impact, assessment.AnnouncedOn.ToString()));
        Assert.Equal("le raccordement n'est pas confirmé", assessment.Citations.Single().Quote);
    }

    [Fact]
    public async Task AMissingTitleShowsTheMessageAndNothingIsSaved()
    {
        var cut = RenderAdmin();
        cut.Find("[data-testid=new-risk]").Click();
        Choose(cut, "assessment-source", SeedSource);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("Title: is required.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.Contains("is required.", cut.Find("[data-testid=risk-form]").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(db => db.Risks.CountAsync()));
        Assert.Equal(0, await QueryAsync(db => db.RiskAssessments.CountAsync()));
    }

    [Fact]
    public async Task AStateChangeNeedsAReason()
    {
        var id = await AddRiskAsync("Permit appeal");
        var cut = RenderAdmin(rows: 1);
        Open(cut, "Permit appeal", "assess-risk");
        Choose(cut, "assessment-state", "Materialised");
        Choose(cut, "assessment-source", SeedSource);
        Assert.Contains("moves from Open to Materialised", cut.Find("[data-testid=assessment-state-change]").TextContent, StringComparison.Ordinal);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("A change of state needs a reason", cut.Find("[data-testid=assessment-editor]").TextContent, StringComparison.Ordinal));
        Assert.Single(await AssessmentsAsync(id));

        TypeAt(cut, "assessment-note", 0, "An appeal was lodged on 20 November.");
        Save(cut);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Contains("Materialised", RowOf(cut, "Permit appeal").TextContent, StringComparison.Ordinal);
        var assessments = await AssessmentsAsync(id);
        Assert.Equal((2, RiskState.Materialised, "An appeal was lodged on 20 November."), (assessments.Count, assessments[1].State, assessments[1].Reason));
    }

    [Fact]
    public async Task AConcurrencyConflictIsReportedWithTheOtherAdminsChangeAndNothingOfOursIsSaved()
    {
        var id = await AddRiskAsync("Supplier insolvency");
        var cut = RenderAdmin(rows: 1);
        Open(cut, "Supplier insolvency", "edit-risk");
        var edit = (await Risks.GetForEditAsync(id))!;
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await Risks.UpdateAsync(id, edit.Values with { Owner = "Bob's owner" }, edit.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        Type(cut, "field-title", "Alice's title");
        Save(cut);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-conflict]")));
        var conflict = cut.Find("[data-testid=write-conflict]").TextContent;
        Assert.Contains("bob@example.test", conflict, StringComparison.Ordinal);
        Assert.Contains("Owner", conflict, StringComparison.Ordinal);
        Assert.Contains("Bob's owner", conflict, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=reload-latest]"));
        var stored = await QueryAsync(db => db.Risks.SingleAsync(r => r.Id == id));
        Assert.Equal(("Supplier insolvency", "Bob's owner"), (stored.Title, stored.Owner));
    }
}

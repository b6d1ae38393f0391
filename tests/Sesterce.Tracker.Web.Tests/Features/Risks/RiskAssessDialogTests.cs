using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Risks;
using Sesterce.Tracker.Web.Tests.Features.Admin;
using static Sesterce.Tracker.Web.Tests.RiskFixtures;

namespace Sesterce.Tracker.Web.Tests.Features.Risks;

/// <summary>The register's "Assess" dialog against the real risk service on the seeded store.</summary>
public class RiskAssessDialogTests : AdminFormTest
{
    private int _risk;

    private IRenderedComponent<MudDialogProvider>? _dialogs;

    private IRenderedComponent<MudDialogProvider> Dialogs => _dialogs ??= Render<MudDialogProvider>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _risk = await AddRiskAsync(Services, "Local opposition", [Claim(RiskState.Open, RiskLevel.Low, RiskLevel.Medium, PartialDate.OnDay(2026, 3, 10))], RiskCategory.Community);
    }

    private IRenderedComponent<RisksPage> RenderPage()
    {
        _ = Popovers;
        _ = Dialogs;
        NavigateTo("/campuses/alixan/risks");
        var cut = Render<RisksPage>(p => p.Add(c => c.Slug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=risk-entry]")));
        return cut;
    }

    private Task<int> AssessmentCountAsync() => QueryAsync(db => db.RiskAssessments.CountAsync(a => a.RiskId == _risk));

    private async Task SaveAsync()
    {
        var save = Dialogs.Find("[data-testid=dialog-save]");
        await Dialogs.InvokeAsync(() => save.Click());
    }

    [Fact]
    public async Task AChangeOfStateWithoutAReasonIsRefusedThenSavedWithOne()
    {
        var cut = RenderPage();
        var before = await AssessmentCountAsync();
        var assess = cut.Find($"[data-risk='{_risk}'] [data-testid=assess-risk]");
        await cut.InvokeAsync(() => assess.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=dialog-save]")));
        Assert.Contains("New assessment: Local opposition", Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);

        Choose(Dialogs, "assessment-state", "Mitigating");
        Choose(Dialogs, "assessment-source", SeedSource);
        Type(Dialogs, "assessment-reported-on", "2026-11-20");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Contains("A change of state needs a reason", Dialogs.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, await AssessmentCountAsync());

        Type(Dialogs, "assessment-note", "A meeting with the neighbours calmed things.");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.Equal("Saved: Local opposition — Being mitigated", cut.Find("[data-testid=saved-message]").TextContent.Trim()));
        Assert.Equal(before + 1, await AssessmentCountAsync());
        cut.WaitForAssertion(() => Assert.Equal("Mitigating", cut.Find($"[data-risk='{_risk}'] [data-testid=risk-state]").GetAttribute("data-state")));
    }

    [Fact]
    public void AReaderWhoMayNotWriteSeesNoAssessAction()
    {
        Authorization.SetRoles(TrackerRoles.Executive);
        Authorization.SetPolicies(nameof(TrackerPermission.ReadOverview));

        var cut = RenderPage();

        Assert.Empty(cut.FindAll("[data-testid=assess-risk]"));
    }
}

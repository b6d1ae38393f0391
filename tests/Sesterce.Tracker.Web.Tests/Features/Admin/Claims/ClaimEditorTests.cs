using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin.Claims;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin.Claims;

/// <summary>The claim editor on its own: its words in both languages, its rows, and where the service's errors land.</summary>
public class ClaimEditorTests : TrackerComponentTest
{
    private static readonly IReadOnlyList<SourceAdminRow> Catalogue =
    [
        new(1, "Sesterce double la mise", null, null, PartialDate.OnDay(2025, 11, 24), "fr", null, 1),
        new(2, "Le projet grandit", null, null, PartialDate.InMonth(2025, 7), "fr", null, 1),
    ];

    private IRenderedComponent<ClaimEditor> RenderEditor(ClaimForm form, WriteResult? result = null)
    {
        Render<MudBlazor.MudPopoverProvider>();
        return Render<ClaimEditor>(p => p.Add(c => c.Form, form).Add(c => c.Sources, Catalogue).Add(c => c.Result, result));
    }

    [Fact]
    public void InFrenchTheDayHelpGivesTheFrenchLettersAndTheStatusesAreFrench()
    {
        UseCulture("fr");

        var cut = RenderEditor(new ClaimForm());

        var text = cut.Find("[data-testid=claim-editor]").TextContent;
        Assert.Contains("2026-12-15, 2026-12, 2026-T4, 2026-S2 ou 2026", text, StringComparison.Ordinal);
        Assert.Contains("Connu le", text, StringComparison.Ordinal);
        Assert.Contains("aucune source choisie", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EachRowCanBeRemovedOnceThereAreTwoAndTheCountFollowsTheChosenSources()
    {
        var form = new ClaimForm();
        form.Choose(0, 1, Catalogue);
        var cut = RenderEditor(form);
        Assert.Empty(cut.FindAll("[data-testid=claim-remove-source]"));

        cut.Find("[data-testid=claim-add-source]").Click();
        Assert.Equal(2, cut.FindAll("[data-testid=claim-source-row]").Count);
        Assert.Equal("1 source", cut.Find("[data-testid=claim-source-count]").TextContent);

        cut.FindAll("[data-testid=claim-remove-source]")[0].Click();

        Assert.Single(cut.FindAll("[data-testid=claim-source-row]"));
        Assert.Equal("no source chosen yet", cut.Find("[data-testid=claim-source-count]").TextContent);
        Assert.Null(Assert.Single(form.Sources).SourceId);
    }

    [Fact]
    public void TheServicesErrorsLandOnTheRowAndTheConfirmationTheyName()
    {
        var form = new ClaimForm { ReportedOn = "2025-02" };
        form.Choose(0, 1, Catalogue);
        form.Sources.Add(new CitationRow { SourceId = 1 });
        var result = WriteResult.Invalid(
        [
            new ValidationError("Sources[1].SourceId", "SourceTwice"),
            new ValidationError("RecallsEarlierAnnouncement", "ReportedBeforePublication", "2025-11-24"),
        ]);

        var cut = RenderEditor(form, result);

        var rows = cut.FindAll("[data-testid=claim-source-row]");
        Assert.DoesNotContain("already cited", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("this source is already cited above.", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("“Sesterce double la mise” was published on 24 Nov 2025", cut.Find("[data-testid=claim-recalls-box]").TextContent, StringComparison.Ordinal);
        Assert.Contains("the source was published on 2025-11-24", cut.Find("[data-testid=claim-recalls-error]").TextContent, StringComparison.Ordinal);
    }
}

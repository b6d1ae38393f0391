using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Sources;
using Sesterce.Tracker.Web.Features.Admin.Claims;

namespace Sesterce.Tracker.Web.Tests.Features.Admin.Claims;

public class ClaimFormTests
{
    private static readonly SourceAdminRow November = new(1, "Sesterce double la mise", null, null, PartialDate.OnDay(2025, 11, 24), "fr", null, 1);
    private static readonly SourceAdminRow July = new(2, "Le projet grandit", null, null, PartialDate.InMonth(2025, 7), "fr", null, 1);
    private static readonly SourceAdminRow Undated = new(3, "Note interne", null, null, null, "fr", null, 1);
    private static readonly IReadOnlyList<SourceAdminRow> Catalogue = [November, July, Undated];

    [Fact]
    public void ANewClaimHasOneEmptySourceRowAndNoDay()
    {
        var form = new ClaimForm();

        Assert.Null(Assert.Single(form.Sources).SourceId);
        Assert.Null(form.ReportedOn);
        Assert.Equal(0, form.ChosenCount);
    }

    [Fact]
    public void TheFirstSourceChosenGivesAnEmptyDayItsPublicationAtItsPrecisionAndNothingElseChangesADay()
    {
        var form = new ClaimForm();

        form.Choose(0, July.Id, Catalogue);
        Assert.Equal("2025-07", form.ReportedOn);

        form.Sources.Add(new CitationRow());
        form.Choose(1, November.Id, Catalogue);
        Assert.Equal("2025-07", form.ReportedOn);

        var undated = new ClaimForm();
        undated.Choose(0, Undated.Id, Catalogue);
        Assert.Null(undated.ReportedOn);
    }

    [Fact]
    public void TheConfirmationIsAskedAndSentOnlyWhileACitedSourceAppearedAfterTheDay()
    {
        var form = new ClaimForm { ReportedOn = "2025-02", RecallsEarlierAnnouncement = true };
        form.Choose(0, November.Id, Catalogue);

        Assert.Equal(November, form.PublishedAfterReport(Catalogue));
        Assert.True(form.ToInput(Catalogue).RecallsEarlierAnnouncement);

        // A day in the publication's own month is not before it: the month ends after the 24th.
        form.ReportedOn = "2025-11";
        Assert.Null(form.PublishedAfterReport(Catalogue));
        Assert.False(form.ToInput(Catalogue).RecallsEarlierAnnouncement);
    }

    [Fact]
    public void EveryRowIsSentEmptyOnesIncludedSoTheServicesRowNumbersMatchTheForm()
    {
        var form = new ClaimForm { ReportedOn = "2025-11-24", Note = "Two articles." };
        form.Choose(0, November.Id, Catalogue);
        form.Sources[0].Quote = "80 MW";
        form.Sources.Add(new CitationRow());

        var input = form.ToInput(Catalogue);

        Assert.Equal([new CitationInput(November.Id, "80 MW"), new CitationInput(null, null)], input.Sources);
        Assert.Equal(("2025-11-24", ClaimStatus.OfficialAnnouncement, "Two articles."), (input.ReportedOn, input.Status, input.Note));
    }

    [Fact]
    public void ACopyStartsFromTheClaimsDayStatusSourcesAndNote()
    {
        var claim = new FakeClaim(PartialDate.InMonth(2025, 2), ClaimStatus.PressReport,
            [new CitationView(new SourceRef(1, November.Title, null, null, November.PublishedOn, "fr"), "450 millions")]);

        var copy = ClaimForm.Copy(claim, "From the recap.");

        Assert.Equal(("2025-02", ClaimStatus.PressReport, "From the recap."), (copy.ReportedOn, copy.Status, copy.Note));
        Assert.Equal((1, "450 millions"), (copy.Sources.Single().SourceId, copy.Sources.Single().Quote));
        Assert.True(copy.RecallsEarlierAnnouncement);
    }

    [Theory]
    [InlineData("ReportedOn", "Required", false, true)]
    [InlineData("Sources[0].SourceId", "Required", false, true)]
    [InlineData("Sources[0].SourceId", "Required", true, false)]
    [InlineData("ReportedOn", "ReportedBeforeReached", true, false)]
    public void WhenTwoClaimsShareFieldNamesEachKeepsOnlyTheErrorsItsInputsExplain(string field, string code, bool filled, bool expected)
    {
        var form = new ClaimForm();
        if (filled)
        {
            form.Choose(0, November.Id, Catalogue);
        }

        Assert.Equal(expected, form.CanCause(new ValidationError(field, code), Catalogue, reachedClaim: false));
    }

    [Theory]
    [InlineData("Sources[2].Quote", 2, "Quote")]
    [InlineData("Sources[0].SourceId", 0, "SourceId")]
    public void ARowFieldNamesItsRowAndPart(string field, int index, string part) =>
        Assert.Equal((index, part), ClaimForm.RowField(field));

    [Fact]
    public void OtherFieldsAreNoRowFields() => Assert.Null(ClaimForm.RowField("Sources"));

    private sealed record FakeClaim(PartialDate AnnouncedOn, ClaimStatus Status, IReadOnlyList<CitationView> Sources) : IClaimView
    {
        public int Id => 7;

        public DateOnly KnownFrom => AnnouncedOn.End;

        public int? CorrectsRevisionId => null;

        public int? CorrectedByRevisionId => null;
    }
}

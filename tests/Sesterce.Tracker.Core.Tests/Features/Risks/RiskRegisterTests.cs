using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Risks;
using static Sesterce.Tracker.Core.Domain.RiskLevel;
using static Sesterce.Tracker.Core.Domain.RiskState;
using static Sesterce.Tracker.Core.Tests.RiskData;

namespace Sesterce.Tracker.Core.Tests.Features.Risks;

/// <summary>The register as known on a day: each test gets its own database, so it sees only the risks it arranged.</summary>
public sealed class RiskRegisterTests : IAsyncLifetime, IDisposable
{
    private readonly TrackerDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _db.Dispose();

    private async Task<IReadOnlyList<RiskView>> RegisterOn(int year, int month, int day) =>
        (await _db.Get<RiskService>().ListAsync("alixan", new DateOnly(year, month, day)))!;

    [Fact]
    public async Task ARiskDoesNotExistBeforeItsFirstAssessmentIsKnown()
    {
        await _db.AddRiskAsync("Permit appeal", [Claim(Open, Medium, High, PartialDate.OnDay(2026, 3, 10))]);
        await _db.AddRiskAsync("Grid delay", [Claim(Open, Low, Medium, PartialDate.InMonth(2026, 4))], RiskCategory.GridConnection);

        Assert.Empty(await RegisterOn(2026, 3, 9));
        Assert.Equal(["Permit appeal"], (await RegisterOn(2026, 3, 10)).Select(r => r.Title));
        // A claim reported "in April" is known only once April is over.
        Assert.Equal(["Permit appeal"], (await RegisterOn(2026, 4, 29)).Select(r => r.Title));
        Assert.Equal(["Permit appeal", "Grid delay"], (await RegisterOn(2026, 4, 30)).Select(r => r.Title));
    }

    [Fact]
    public async Task AChangeOfStateShowsOnlyFromTheDayItIsKnown()
    {
        var (risk, _) = await _db.AddRiskAsync("Permit appeal", [Claim(Open, Medium, High, PartialDate.OnDay(2026, 3, 10))]);
        await _db.AssessAsync(risk, Claim(Materialised, High, High, PartialDate.OnDay(2026, 6, 1), reason: "The court suspended the permit"));

        var before = Assert.Single(await RegisterOn(2026, 5, 31));
        var after = Assert.Single(await RegisterOn(2026, 6, 1));

        Assert.Equal((Open, 6, 1), (before.State, before.Severity, before.History.Count));
        Assert.Equal((Materialised, 9, 2), (after.State, after.Severity, after.History.Count));
        Assert.Equal("The court suspended the permit", after.Current.Reason);
        Assert.Equal(new DateOnly(2026, 3, 10), after.FirstKnownOn);
        Assert.True(after.IsActive);
    }

    [Fact]
    public async Task ACorrectionReplacesTheAssessmentItCorrectsFromTheDayItIsKnown()
    {
        var (risk, assessments) = await _db.AddRiskAsync("Financing gap", [Claim(Open, High, High, PartialDate.OnDay(2026, 3, 10))], RiskCategory.Financing);
        var correction = await _db.AssessAsync(risk, Claim(Open, Low, Medium, PartialDate.OnDay(2026, 3, 20), reason: "Misread the board minutes", corrects: assessments[0]));

        var before = Assert.Single(await RegisterOn(2026, 3, 19));
        var after = Assert.Single(await RegisterOn(2026, 3, 20));

        Assert.Equal(9, before.Severity);
        Assert.Null(before.History[0].CorrectedByRevisionId);
        Assert.Equal(2, after.Severity);
        Assert.Equal(correction, after.Current.Id);
        Assert.Equal(correction, after.History.Single(a => a.Id == assessments[0]).CorrectedByRevisionId);
    }

    [Fact]
    public async Task TheRegisterListsTheMostSevereFirstMaterialisedBeforeOpenAndClosedLast()
    {
        var day = PartialDate.OnDay(2026, 3, 10);
        await _db.AddRiskAsync("Minor", [Claim(Open, Low, Medium, day)]);
        await _db.AddRiskAsync("Closed but severe", [Claim(Closed, High, High, day)]);
        await _db.AddRiskAsync("Serious", [Claim(Mitigating, Medium, High, day)]);
        await _db.AddRiskAsync("Happened", [Claim(Materialised, High, Medium, day)]);

        var register = await RegisterOn(2026, 4, 1);

        Assert.Equal(["Happened", "Serious", "Minor", "Closed but severe"], register.Select(r => r.Title));
        Assert.Equal([6, 6, 2, 9], register.Select(r => r.Severity));
    }

    [Fact]
    public async Task TheRegisterCarriesSourcesQuotesAndOwner()
    {
        await _db.AddRiskAsync("Permit appeal", [Claim(Open, Medium, High, PartialDate.OnDay(2026, 3, 10), quote: "un recours a été déposé")], owner: "Legal team");

        var risk = Assert.Single(await RegisterOn(2026, 4, 1));

        Assert.Equal("Legal team", risk.Owner);
        var source = Assert.Single(risk.Current.Sources);
        Assert.Equal("un recours a été déposé", source.Quote);
        Assert.Equal("Sesterce double la mise", source.Source.Title);
    }
}

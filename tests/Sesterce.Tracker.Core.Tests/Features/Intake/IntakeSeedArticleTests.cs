using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Intake;
using Xunit.Abstractions;

namespace Sesterce.Tracker.Core.Tests.Features.Intake;

public class IntakeSeedArticleTests(ITestOutputHelper output)
{
    private static readonly PartialDate Published = PartialDate.OnDay(2025, 11, 24);

    private static string Article() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Intake", "seed-article-fr.txt"));

    [Fact]
    public void TheSeedArticleYieldsEveryClaimWithItsFrenchSentence()
    {
        var text = Article();
        var found = IntakeRecogniser.Extract(text, "fr", Published);
        foreach (var c in found)
        {
            output.WriteLine($"{IntakeCorpus.Key(c)} recalled={c.Recalled} statedOn={c.StatedOn} q={c.Qualifier} [{string.Join(" | ", c.Wording.Select(w => $"{w.Kind}:{w.Text}"))}] «{c.Match.Of(text)}»");
        }

        Assert.Equal(
            ["EUR 1500000000", "EUR 450000000 recalled", "MW 40 recalled", "MW 80", "date 2026-12 Commissioning", "date 2027-12 Operation", "jobs 800 recalled"],
            found.Select(IntakeCorpus.Key));

        var oneAndHalf = found.Single(c => c.Value == 1_500_000_000m);
        Assert.False(oneAndHalf.Recalled);
        Assert.Equal(PartialDate.OnDay(2025, 11, 17), oneAndHalf.StatedOn);
        Assert.StartsWith("Lundi 17 novembre", oneAndHalf.Quote, StringComparison.Ordinal);
        Assert.Equal("1,5 milliard d'euros", oneAndHalf.Match.Of(text));

        var initial = found.Single(c => c.Value == 450_000_000m);
        Assert.True(initial.Recalled);
        Assert.Equal(PartialDate.InMonth(2025, 2), initial.StatedOn);
        Assert.Equal("L'entreprise avait initialement promis, en février dernier, d'investir 450 millions d'euros pour ce datacenter nouvelle génération.", initial.Quote);

        var forty = found.Single(c => c.Unit == "MW" && c.Value == 40m);
        var eighty = found.Single(c => c.Unit == "MW" && c.Value == 80m);
        Assert.True(forty.Recalled);
        Assert.False(eighty.Recalled);
        Assert.Contains(eighty.Wording, w => w.Kind == WordingKind.Revision && w.Text == "passe ainsi à");
        Assert.Equal(forty.Quote, eighty.Quote);
        Assert.StartsWith("La puissance du site, initialement prévue à 40 MW, passe ainsi à 80 MW", forty.Quote, StringComparison.Ordinal);

        var jobs = found.Single(c => c.Unit == "jobs");
        Assert.True(jobs.Recalled);
        Assert.Equal(FigureQualifier.Approximately, jobs.Qualifier);
        Assert.Equal(PartialDate.InMonth(2025, 2), jobs.StatedOn);
        Assert.True(jobs.ExpectedToRise);
        Assert.Contains(jobs.Wording, w => w.Kind == WordingKind.Outlook && w.Text == "pourrait être revu à la hausse");
        Assert.Contains(jobs.Wording, w => w.Kind == WordingKind.Qualifier && w.Text == "environ");
        Assert.Contains(jobs.Wording, w => w.Kind == WordingKind.Recall && w.Text == "étaient envisagés");
        Assert.Equal("En février dernier, environ nouveaux 800 emplois, directs et indirects, étaient envisagés.", jobs.Quote);

        var phaseOne = found.Single(c => c.Date == PartialDate.InMonth(2026, 12));
        var full = found.Single(c => c.Date == PartialDate.InMonth(2027, 12));
        Assert.Equal(MilestoneKind.Commissioning, phaseOne.MilestoneKind);
        Assert.Equal(MilestoneKind.Operation, full.MilestoneKind);
        Assert.StartsWith("La première phase de mise en service est annoncée pour décembre 2026", full.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryQuoteOffsetPointsAtItsSentenceInThePastedText()
    {
        var text = Article();

        foreach (var candidate in IntakeRecogniser.Extract(text, "fr", Published))
        {
            Assert.Equal(candidate.Quote, candidate.QuoteSpan.Of(text));
            Assert.InRange(candidate.Match.Start, candidate.QuoteSpan.Start, candidate.QuoteSpan.End - candidate.Match.Length);
            Assert.All(candidate.Wording, w => Assert.Equal(w.Text, text.Substring(w.Start, w.Text.Length)));
        }
    }
}

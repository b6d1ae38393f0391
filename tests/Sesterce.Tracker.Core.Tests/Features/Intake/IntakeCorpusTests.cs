using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Intake;
using Xunit.Abstractions;

namespace Sesterce.Tracker.Core.Tests.Features.Intake;

public class IntakeCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void TheCorpusHasAtLeastFortyPassagesInBothLanguages()
    {
        Assert.True(IntakeCorpus.Passages.Length >= 40);
        Assert.True(IntakeCorpus.Passages.Count(p => p.Language == "fr") >= 20);
        Assert.True(IntakeCorpus.Passages.Count(p => p.Language == "en") >= 20);
    }

    [Fact]
    public void PrecisionAndRecallOverTheCorpusAreAtLeastNinetyPercent()
    {
        int found = 0, expected = 0, correct = 0;
        foreach (var passage in IntakeCorpus.Passages)
        {
            var keys = IntakeRecogniser.Extract(passage.Text, passage.Language, PartialDate.Parse(passage.Published))
                .Select(IntakeCorpus.Key).ToList();
            var missing = passage.Expected.ToList();
            var extra = new List<string>();
            foreach (var key in keys)
            {
                if (!missing.Remove(key))
                {
                    extra.Add(key);
                }
            }

            found += keys.Count;
            expected += passage.Expected.Length;
            correct += keys.Count - extra.Count;
            if (missing.Count > 0 || extra.Count > 0)
            {
                output.WriteLine($"{passage.Text}\n    missing: {string.Join(", ", missing)}\n    extra: {string.Join(", ", extra)}");
            }
        }

        var precision = found == 0 ? 0 : (double)correct / found;
        var recall = expected == 0 ? 0 : (double)correct / expected;
        output.WriteLine($"Intake corpus: {IntakeCorpus.Passages.Length} passages, {expected} expected claims, {found} found, {correct} right: precision {precision:P1}, recall {recall:P1}");
        Assert.True(precision >= 0.9, $"Precision {precision:P1} is below 90%.");
        Assert.True(recall >= 0.9, $"Recall {recall:P1} is below 90%.");
    }
}

using Sesterce.Tracker.Core.Features.Intake;

namespace Sesterce.Tracker.Core.Tests.Features.Intake;

public class IntakeLanguageTests
{
    [Fact]
    public void EveryCorpusPassageWithAVerbIsDetectedInItsLanguage()
    {
        foreach (var passage in IntakeCorpus.Passages.Where(p => p.Text.Length > 40))
        {
            Assert.True(passage.Language == IntakeLanguage.Detect(passage.Text), passage.Text);
        }
    }

    [Fact]
    public void TheSeedArticleIsFrench() =>
        Assert.Equal("fr", IntakeLanguage.Detect(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Intake", "seed-article-fr.txt"))));
}

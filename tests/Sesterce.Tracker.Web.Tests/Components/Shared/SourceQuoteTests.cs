using Sesterce.Tracker.Web.Components.Shared;
using static Sesterce.Tracker.Web.Tests.ClaimFixtures;

namespace Sesterce.Tracker.Web.Tests.Components.Shared;

public class SourceQuoteTests : TrackerComponentTest
{
    private static readonly string LongWord = new('x', 2000);

    [Fact]
    public void AShortQuoteShowsWhole()
    {
        var cut = Render<SourceQuote>(p => p.Add(c => c.Source, Article).Add(c => c.Quote, "passe ainsi à 80 MW"));

        Assert.Contains("passe ainsi à 80 MW", cut.Find("blockquote").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=quote-toggle]"));
    }

    [Fact]
    public void ALongQuoteFoldsAndUnfoldsWithAButton()
    {
        var cut = Render<SourceQuote>(p => p.Add(c => c.Source, Article).Add(c => c.Quote, LongWord));

        var toggle = cut.Find("[data-testid=quote-toggle]");
        Assert.Equal("button", toggle.TagName, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("more", toggle.TextContent.Trim());
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Equal(cut.Find("blockquote").Id, toggle.GetAttribute("aria-controls"));
        Assert.True(cut.Find("blockquote").TextContent.Length < 300, "the folded quote shows only its opening");
        Assert.EndsWith("…", cut.Find("blockquote").TextContent, StringComparison.Ordinal);

        toggle.Click();

        Assert.Contains(LongWord, cut.Find("blockquote").TextContent, StringComparison.Ordinal);
        Assert.Equal("less", cut.Find("[data-testid=quote-toggle]").TextContent.Trim());
        Assert.Equal("true", cut.Find("[data-testid=quote-toggle]").GetAttribute("aria-expanded"));

        cut.Find("[data-testid=quote-toggle]").Click();

        Assert.True(cut.Find("blockquote").TextContent.Length < 300, "folded again");
    }

    [Fact]
    public void AFoldedQuoteCutsAtASpaceWhenOneIsNear()
    {
        var words = string.Join(' ', Enumerable.Repeat("mégawatts", 60));

        var cut = Render<SourceQuote>(p => p.Add(c => c.Source, Article).Add(c => c.Quote, words));

        var shown = cut.Find("blockquote").TextContent;
        Assert.Contains("mégawatts…", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" …", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheToggleSpeaksFrench()
    {
        UseCulture("fr");

        var cut = Render<SourceQuote>(p => p.Add(c => c.Source, Article).Add(c => c.Quote, LongWord));

        Assert.Equal("plus", cut.Find("[data-testid=quote-toggle]").TextContent.Trim());
    }
}

using Sesterce.Tracker.Core.Features.Calendar;
using Sesterce.Tracker.Web.Features.Calendar;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Calendar;

/// <summary>The account page's calendar subscription section in each state.</summary>
public class CalendarFeedPanelTests : TrackerComponentTest
{
    private static readonly DateTimeOffset Created = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    private IRenderedComponent<CalendarFeedPanel> RenderPanel(CalendarFeedStatus? status, IReadOnlyList<CalendarFeedAddress>? addresses = null, string? message = null) =>
        Render<CalendarFeedPanel>(p => p
            .Add(x => x.Status, status)
            .Add(x => x.Addresses, addresses)
            .Add(x => x.Message, message));

    [Fact]
    public void WithoutATokenTheSectionOffersToCreateOneAndNothingToRevoke()
    {
        var cut = RenderPanel(null);

        Assert.Equal("You have no calendar address.", cut.Find("[data-testid=calendar-feed-state]").TextContent.Trim());
        Assert.Contains("Create a calendar address", cut.Find("[data-testid=calendar-feed-issue]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=calendar-feed-revoke]"));
        Assert.Empty(cut.FindAll("[data-testid=calendar-feed-address]"));
    }

    [Fact]
    public void AnActiveTokenShowsItsDatesWithoutItsAddressAndOffersRevoke()
    {
        var cut = RenderPanel(new CalendarFeedStatus(Created, null));

        var state = cut.Find("[data-testid=calendar-feed-state]").TextContent;
        Assert.Contains("2026-11-20 09:30:00 UTC", state, StringComparison.Ordinal);
        Assert.Contains("Last used: never", state, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=calendar-feed-revoke]"));
        Assert.Contains("Create a new address", cut.Find("[data-testid=calendar-feed-issue]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=calendar-feed-https]"));
    }

    [Fact]
    public void ANewTokenIsShownOnceAsWebcalAndHttpsAddresses()
    {
        var address = CalendarFeedAddress.For("https://tracker.example/", "TOKEN_abc-123", "alixan", "Alixan campus");

        var cut = RenderPanel(new CalendarFeedStatus(Created, null), [address]);

        Assert.Equal("https://tracker.example/calendar/TOKEN_abc-123/alixan.ics", cut.Find("[data-testid=calendar-feed-https]").GetAttribute("value"));
        Assert.Equal("webcal://tracker.example/calendar/TOKEN_abc-123/alixan.ics", cut.Find("[data-testid=calendar-feed-webcal]").GetAttribute("href"));
        Assert.Contains("Address for Alixan campus", cut.Find("[data-testid=calendar-feed-address] label").TextContent, StringComparison.Ordinal);
        Assert.Contains("shown only once", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSectionReadsInFrench()
    {
        UseCulture("fr");

        var cut = RenderPanel(new CalendarFeedStatus(Created, Created.AddDays(1)), message: null);

        Assert.Contains("Abonnement d’agenda", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Révoquer l’adresse", cut.Find("[data-testid=calendar-feed-revoke]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AFrenchReadersAddressAsksForTheFrenchFeed()
    {
        UseCulture("fr");

        var address = CalendarFeedAddress.For("http://127.0.0.1:5204/", "tok", "alixan", "Alixan");

        Assert.Equal("http://127.0.0.1:5204/calendar/tok/alixan.ics?culture=fr", address.Https);
        Assert.Equal("webcal://127.0.0.1:5204/calendar/tok/alixan.ics?culture=fr", address.Webcal);
    }
}

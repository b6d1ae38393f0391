using System.Net;
using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>A project manager subscribes a calendar app to the milestones, then revokes the address.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CalendarSubscriptionJourneyTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task SubscribeByToken()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account");

        await page.GetByTestId("calendar-feed-issue").ClickAsync();
        var https = page.GetByTestId("calendar-feed-https").First;
        await Expect(https).ToBeVisibleAsync();
        var address = await https.InputValueAsync();
        var webcal = await page.GetByTestId("calendar-feed-webcal").First.GetAttributeAsync("href");
        Assert.StartsWith(browser.App.BaseAddress.ToString(), address, StringComparison.Ordinal);
        Assert.Equal("webcal://" + address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..], webcal);

        // A calendar app has no cookie: a plain client fetches the https form of the address.
        using var calendarApp = new HttpClient();
        using (var feed = await calendarApp.GetAsync(new Uri(address)))
        {
            Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
            Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
            var ics = await feed.Content.ReadAsStringAsync();
            Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
            Assert.Contains("Phase 1 commissioning", ics, StringComparison.Ordinal);
        }

        await Expect(page.GetByTestId("calendar-feed-state")).ToContainTextAsync("created on");
        await page.GetByTestId("calendar-feed-revoke").ClickAsync();
        await Expect(page.GetByTestId("calendar-feed-message")).ToContainTextAsync("revoked");

        using var afterRevoke = await calendarApp.GetAsync(new Uri(address));
        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
    }

    [Fact]
    public async Task TheTimelineOffersTheSubscriptionWithACopyableAddress()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan/timeline");

        await page.GetByTestId("calendar-subscribe-open").ClickAsync();
        await page.GetByTestId("calendar-subscribe-create").ClickAsync();

        var webcal = page.GetByTestId("calendar-subscribe-webcal");
        await Expect(webcal).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^webcal://.+/calendar/[A-Za-z0-9_-]{43}/alixan\\.ics$"));
        var address = await page.Locator("input[data-testid=calendar-subscribe-https], [data-testid=calendar-subscribe-https] input").First.InputValueAsync();
        using var calendarApp = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(new Uri(address))).StatusCode);
    }
}

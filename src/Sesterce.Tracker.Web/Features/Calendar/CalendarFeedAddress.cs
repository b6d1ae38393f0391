using System.Globalization;
using Sesterce.Tracker.Core.Features.Localization;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Calendar;

/// <summary>One campus's feed address in the two forms calendar apps take: webcal (opens the app) and the plain http(s) one to paste.</summary>
public sealed record CalendarFeedAddress(string CampusName, string Https, string Webcal)
{
    /// <summary>The addresses of <paramref name="token"/>'s feed for the campus <paramref name="slug"/> (<paramref name="campusName"/>), under <paramref name="baseUri"/>, the app's absolute base address ending with a slash.</summary>
    public static CalendarFeedAddress For(string baseUri, string token, string slug, string campusName)
    {
        var culture = Translated.IsFrench(CultureInfo.CurrentUICulture) ? "fr" : null;
        var https = new Uri(new Uri(baseUri), TrackerLinks.CalendarFeed(token, slug, culture)).ToString();
        // webcal:// is the same address with the scheme calendar apps register for; they fetch it over https (or http in development).
        var webcal = "webcal://" + https[(https.IndexOf("://", StringComparison.Ordinal) + 3)..];
        return new CalendarFeedAddress(campusName, https, webcal);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Navigation;

/// <summary>
/// The address of an open "edit where you read" dialog (docs/architecture.md, "Dialog addresses"):
/// <c>?dialog=move-date</c>, <c>?dialog=correct&amp;claim=123</c>, <c>?dialog=add-revision&amp;figure=investment</c>,
/// <c>?dialog=edit&amp;risk=12</c>. Opening writes it with replace (no new history entry, no reload),
/// closing removes it, and a page loaded with it opens the dialog for a writer on today's view only;
/// anything else in it is ignored.
/// </summary>
public static class DialogQuery
{
    public const string Name = "dialog";

    /// <summary>The claim a correction corrects: a date claim on a milestone page, a revision on a figure page.</summary>
    public const string ClaimName = "claim";

    /// <summary>The figure a dashboard dialog adds a revision to (its key).</summary>
    public const string FigureName = "figure";

    /// <summary>The milestone a dashboard dialog moves.</summary>
    public const string MilestoneName = "milestone";

    /// <summary>The risk a register dialog assesses or edits; the same name the register's links use, so the register also opens on its page.</summary>
    public const string RiskName = PageQuery.RiskName;

    public const string MoveDate = "move-date";

    public const string MarkReached = "mark-reached";

    public const string Correct = "correct";

    public const string AddRevision = "add-revision";

    public const string Assess = "assess";

    public const string Edit = "edit";

    /// <summary>The target names a dialog may carry, all removed with the dialog on close except the register's <c>risk</c>, which also says which page the register shows.</summary>
    private static readonly string[] Targets = [ClaimName, FigureName, MilestoneName];

    /// <summary>Writes the dialog's address, shows it, and removes the address again however it closed.</summary>
    public static async Task<T> ShowAsync<T>(NavigationManager navigation, string dialog, IReadOnlyDictionary<string, object?> target, Func<Task<T>> show)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(show);
        // The dialog's name first, so the address reads "?dialog=correct&claim=12".
        var opened = new Dictionary<string, object?> { [Name] = dialog };
        foreach (var (key, value) in target)
        {
            opened[key] = value;
        }

        navigation.NavigateTo(navigation.GetUriWithQueryParameters(opened), replace: true);
        var path = PathOf(navigation.Uri);
        try
        {
            return await show();
        }
        finally
        {
            // Left for another page (or Back removed it): that address is no longer the dialog's to change.
            if (PathOf(navigation.Uri) == path && IsOpenIn(navigation.Uri))
            {
                var closed = Targets.Where(opened.ContainsKey).Append(Name).ToDictionary(k => k, _ => (object?)null);
                navigation.NavigateTo(navigation.GetUriWithQueryParameters(closed), replace: true);
            }
        }
    }

    /// <summary>Shorthand for a dialog with no target beyond the page's own record.</summary>
    public static Task<T> ShowAsync<T>(NavigationManager navigation, string dialog, Func<Task<T>> show) =>
        ShowAsync(navigation, dialog, new Dictionary<string, object?>(), show);

    /// <summary>
    /// The dialog the address asks for when the page was loaded, or null: none asked, a past view (an
    /// <c>asOf</c> day), or a caller who may not write. The page still ignores names it does not know.
    /// </summary>
    public static async Task<string?> RequestedAsync(string? dialog, string? asOfText, AuthenticationStateProvider authentication, IAuthorizationService authorization)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(authorization);
        if (string.IsNullOrWhiteSpace(dialog) || !AsOf.TryParse(asOfText, out var asOf) || asOf.Day is not null)
        {
            return null;
        }

        var state = await authentication.GetAuthenticationStateAsync();
        var allowed = await authorization.AuthorizeAsync(state.User, nameof(TrackerPermission.Write));
        return allowed.Succeeded ? dialog.Trim().ToLowerInvariant() : null;
    }

    /// <summary>Whether an absolute or relative address still carries a dialog.</summary>
    public static bool IsOpenIn(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var query = uri.Split('#')[0].Split('?', 2) is [_, var q] ? q : "";
        return query.Split('&').Any(p => p.StartsWith(Name + "=", StringComparison.Ordinal));
    }

    /// <summary>The address without its query and fragment, to tell this page from another.</summary>
    public static string PathOf(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.Split('?', '#')[0];
    }

    /// <summary>A positive id from the address, or null.</summary>
    public static int? Id(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}

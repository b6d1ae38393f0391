using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Account;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Account;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Features.Users;

/// <summary>Admins list users, change their role, disable or enable them, reset a password and unlock a throttled account. The service decides; this page only asks.</summary>
public partial class UsersPage
{
    public const string Path = "/admin/users";

    private List<UserSummary> _users = [];
    private List<string> _errors = [];
    private bool _loading = true;
    private bool _busy;
    private UserSummary? _resetting;
    private string? _changedId;

    [Inject]
    private UserAdminService Users { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private SessionStore Sessions { get; set; } = default!;

    [Inject]
    private ICallerAccessor Callers { get; set; } = default!;

    [Inject]
    private ClientAddressAccessor Address { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountResource> Acct { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        var result = await Users.ListAsync();
        _users = [.. result.Users];
        _errors = result.Outcome == UserAdminOutcome.Done ? [] : [Acct[$"Outcome_{result.Outcome}"]];
        _loading = false;
    }

    private async Task OnCreatedAsync(string email)
    {
        Snackbar.Add(Acct["UserCreated", email], Severity.Success);
        await LoadAsync();
    }

    /// <summary>Granting the administrator role gives every power at once: it is asked for twice.</summary>
    private async Task SetRoleAsync(UserSummary user, string role)
    {
        if (role == TrackerRoles.Admin && user.Role != TrackerRoles.Admin
            && !await ConfirmAsync(Acct["GrantAdminTitle", user.DisplayName], Acct["GrantAdminText", user.DisplayName], Acct["GrantAdmin"]))
        {
            // The select already shows the new role: reloading snaps it back to the stored one.
            await LoadAsync();
            return;
        }

        _changedId = user.Id;
        await RunAsync(() => Users.SetRoleAsync(user.Id, role), Acct["RoleChanged", user.DisplayName, UserAdminText.Role(Acct, role)]);
    }

    /// <summary>Disabling locks a person out: asked first. Enabling gives nothing new and is not.</summary>
    private async Task ToggleDisabledAsync(UserSummary user)
    {
        if (!user.IsDisabled && !await ConfirmAsync(Acct["DisableUserTitle", user.DisplayName], Acct["DisableUserText", user.DisplayName], Acct["Disable"]))
        {
            return;
        }

        _changedId = user.Id;
        await RunAsync(() => Users.SetDisabledAsync(user.Id, !user.IsDisabled), user.IsDisabled ? Acct["UserEnabled", user.DisplayName] : Acct["UserDisabled", user.DisplayName]);
    }

    private async Task<bool> ConfirmAsync(string title, string text, string yes) =>
        await Dialogs.ShowMessageBoxAsync(title, text, yesText: yes, cancelText: Acct["CancelAction"]) == true;

    /// <summary>Signs the user out everywhere at once, after a confirmation: it cannot be undone.</summary>
    private async Task EndSessionsAsync(UserSummary user)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Acct["EndSessionsTitle", user.DisplayName],
            Acct["EndSessionsText", user.DisplayName],
            yesText: Acct["EndSessions"],
            cancelText: Acct["CancelAction"]);
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var ended = await Sessions.EndAllOfUserAsync(await Callers.GetCallerAsync(), user.Id, Address.Current);
            if (ended is { } count)
            {
                Snackbar.Add(Acct["SessionsEndedFor", user.DisplayName, count], Severity.Success);
            }
            else
            {
                _errors = [Acct["Outcome_NotAllowed"]];
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private Task UnlockAsync(UserSummary user) =>
        RunAsync(() => Users.UnlockAsync(user.Id), Acct["UserUnlocked", user.DisplayName]);

    private async Task RunAsync(Func<Task<UserAdminResult>> change, string success)
    {
        _busy = true;
        try
        {
            var result = await change();

            // Reload either way: a refused role change must snap the select back to the stored role.
            await LoadAsync();
            if (result.Succeeded)
            {
                Snackbar.Add(success, Severity.Success);
            }
            else
            {
                _errors = [.. UserAdminText.Describe(Acct, result)];
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string StateText(UserSummary user) =>
        user.IsDisabled ? Acct["StateDisabled"] : user.IsThrottled ? Acct["StateThrottled"] : Acct["StateActive"];

    private static Color StateColor(UserSummary user) =>
        user.IsDisabled ? Color.Error : user.IsThrottled ? Color.Warning : Color.Success;
}

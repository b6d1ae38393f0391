using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Account;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>The signed-in user's active sessions: where and since when, and a way to end the ones they do not recognise.</summary>
public partial class SessionsPage
{
    public const string Path = "/account/sessions";

    private IReadOnlyList<SessionView>? _sessions;
    private string? _currentId;
    private bool _busy;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private SessionStore Sessions { get; set; } = default!;

    [Inject]
    private ICallerAccessor Callers { get; set; } = default!;

    [Inject]
    private ClientAddressAccessor Address { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountResource> Acct { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            _currentId = SessionCookie.SessionIdOf((await AuthenticationState).User);
        }

        await LoadAsync();
    }

    private bool IsCurrent(SessionView session) => session.Id == _currentId;

    private async Task LoadAsync()
    {
        var caller = await Callers.GetCallerAsync();
        _sessions = caller.UserId is { } userId ? await Sessions.ListActiveAsync(userId) : [];
    }

    private Task EndAsync(SessionView session) =>
        RunAsync(async caller => await Sessions.EndOwnAsync(caller, session.Id, Address.Current) ? 1 : 0);

    private Task EndOthersAsync() => RunAsync(caller => Sessions.EndOthersAsync(caller, _currentId, Address.Current));

    private async Task RunAsync(Func<Caller, Task<int>> end)
    {
        _busy = true;
        try
        {
            var ended = await end(await Callers.GetCallerAsync());
            Snackbar.Add(Acct["SessionsEndedCount", ended], Severity.Success);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}

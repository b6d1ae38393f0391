using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Calendar;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Web.Features.Calendar;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// The signed-in user's account: two-factor sign-in (enrol with a QR code, confirm with a code, recovery
/// codes shown once, regenerate, turn off) and the password change. Each form posts to this page; the
/// handlers run after <see cref="OnInitializedAsync"/> has loaded the user.
/// </summary>
public partial class AccountPage
{
    /// <summary>Enough for any real portfolio on one page; a larger one subscribes from each campus's timeline.</summary>
    private const int MaxFeedAddresses = 20;

    private TrackerUser? _user;
    private string _email = "";
    private TwoFactorStatus? _status;
    private AuthenticatorSetup? _setup;
    private IReadOnlyList<string>? _recoveryCodes;
    private string? _twoFactorMessage;
    private bool _twoFactorError;
    private IReadOnlyList<string> _passwordErrors = [];
    private bool _passwordDone;
    private CalendarFeedStatus? _feed;
    private IReadOnlyList<CalendarFeedAddress>? _feedAddresses;
    private string? _feedMessage;

    [Inject]
    private CalendarFeedTokenService Feeds { get; set; } = default!;

    [Inject]
    private CampusService Campuses { get; set; } = default!;

    [Inject]
    private AccountService Account { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountResource> Acct { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = TwoFactorPanel.VerifyForm, Name = "VerifyModel")]
    private CodeInput VerifyInput { get; set; } = default!;

    [SupplyParameterFromForm(FormName = TwoFactorPanel.DisableForm, Name = "DisableModel")]
    private CodeInput DisableInput { get; set; } = default!;

    [SupplyParameterFromForm(FormName = ChangePasswordPanel.FormName, Name = "Model")]
    private PasswordInput PasswordForm { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        VerifyInput ??= new();
        DisableInput ??= new();
        PasswordForm ??= new();
        _user = await Account.CurrentUserAsync(HttpContext.User);
        if (_user is null)
        {
            // A test principal or a user deleted meanwhile: nothing to manage here.
            Navigation.NavigateTo(AccountEndpoints.SignInPath);
            return;
        }

        _email = _user.Email ?? "";
        _status = await Account.StatusAsync(_user);
        _feed = await Feeds.StatusAsync();
        // A posted form is only dispatched to a form rendered on this request: the code of an enrolment in
        // progress needs its form (and key) shown again before the handler runs.
        if (HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.Form["_handler"] == TwoFactorPanel.VerifyForm && !_status.Enabled)
        {
            _setup = await Account.PendingEnrolmentAsync(_user);
        }
    }

    private async Task StartAsync()
    {
        if (_user is null || _status is not { Enabled: false })
        {
            return;
        }

        _setup = await Account.StartEnrolmentAsync(_user);
    }

    private async Task VerifyAsync()
    {
        if (_user is null || _status is not { Enabled: false })
        {
            return;
        }

        _recoveryCodes = await Account.ConfirmEnrolmentAsync(_user, VerifyInput.Code);
        if (_recoveryCodes is null)
        {
            _setup = await Account.PendingEnrolmentAsync(_user);
            Say(Acct["TwoFactorWrongCode"], error: true);
            return;
        }

        Say(Acct["TwoFactorEnabledDone"], error: false);
        _status = await Account.StatusAsync(_user);
    }

    private async Task RegenerateAsync()
    {
        if (_user is null || _status is not { Enabled: true })
        {
            return;
        }

        _recoveryCodes = await Account.RegenerateRecoveryCodesAsync(_user);
        _status = await Account.StatusAsync(_user);
    }

    private async Task DisableAsync()
    {
        if (_user is null)
        {
            return;
        }

        var done = await Account.DisableAsync(_user, DisableInput.Code);
        Say(done ? Acct["TwoFactorDisabledDone"] : Acct["TwoFactorDisableFailed"], error: !done);
        _status = await Account.StatusAsync(_user);
    }

    private async Task ChangePasswordAsync()
    {
        if (_user is null)
        {
            return;
        }

        _passwordErrors = await PasswordChangeText.ChangeAsync(Account, _user, PasswordForm, Acct);
        _passwordDone = _passwordErrors.Count == 0;
    }

    private async Task IssueFeedAsync()
    {
        if (_user is null || await Feeds.IssueAsync() is not { } issued)
        {
            return;
        }

        // One address per campus the user may read; the token is the same, only the campus in the path differs.
        var campuses = await Campuses.ListAsync();
        _feedAddresses = [.. campuses.Take(MaxFeedAddresses).Select(c => CalendarFeedAddress.For(Navigation.BaseUri, issued.Token, c.Slug, c.Name))];
        _feed = await Feeds.StatusAsync();
    }

    private async Task RevokeFeedAsync()
    {
        if (_user is null)
        {
            return;
        }

        _feedMessage = await Feeds.RevokeAsync() ? Acct["CalendarFeedRevoked"] : Acct["CalendarFeedNothingToRevoke"];
        _feed = await Feeds.StatusAsync();
    }

    private void Say(string message, bool error)
    {
        _twoFactorMessage = message;
        _twoFactorError = error;
    }
}

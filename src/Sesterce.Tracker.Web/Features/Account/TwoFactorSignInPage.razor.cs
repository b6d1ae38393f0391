using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// The second sign-in step for a user with two-factor sign-in on: a code from the authenticator app or a
/// recovery code. Static server rendering like the first step, under the same antiforgery check and the
/// same per-address limit; the pending sign-in lives in Identity's short-lived two-factor cookie.
/// </summary>
public partial class TwoFactorSignInPage
{
    private string? _message;

    [Inject]
    private SignInService SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountResource> Acct { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [SupplyParameterFromForm]
    private CodeForm Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    public static string Url(string? returnUrl) =>
        AccountEndpoints.TwoFactorPath + (LocalUrl.IsLocal(returnUrl) ? "?returnUrl=" + Uri.EscapeDataString(returnUrl!) : "");

    protected override void OnInitialized() => Input ??= new();

    private async Task VerifyAsync()
    {
        var outcome = await SignIn.SignInWithCodeAsync(Input.Code);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
                return;
            case SignInOutcome.NoPendingSignIn:
                // The password step expired (or never happened): start again from it.
                Navigation.NavigateTo(AccountEndpoints.SignInPath + (LocalUrl.IsLocal(ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(ReturnUrl!) : ""));
                return;
            default:
                _message = Acct["TwoFactorFailed"];
                return;
        }
    }

    private sealed class CodeForm
    {
        public string Code { get; set; } = "";
    }
}

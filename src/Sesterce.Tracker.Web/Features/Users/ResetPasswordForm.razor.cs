using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Web.Features.Account;

namespace Sesterce.Tracker.Web.Features.Users;

public partial class ResetPasswordForm
{
    private string? _password;
    private string? _temporary;
    private bool _busy;
    private List<string> _errors = [];

    [Inject]
    private UserAdminService Users { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountResource> Acct { get; set; } = default!;

    [Parameter, EditorRequired]
    public UserSummary User { get; set; } = default!;

    /// <summary>Raised when the admin closes the form (after a reset, or to cancel).</summary>
    [Parameter]
    public EventCallback OnClose { get; set; }

    /// <summary>Raised once the reset is saved, so the page can refresh the user's state.</summary>
    [Parameter]
    public EventCallback OnReset { get; set; }

    private async Task ResetAsync()
    {
        _busy = true;
        try
        {
            var result = await Users.ResetPasswordAsync(User.Id, _password);
            _password = null;
            if (result.Result.Succeeded)
            {
                _errors = [];
                _temporary = result.TemporaryPassword;
                await OnReset.InvokeAsync();
            }
            else
            {
                _errors = [.. UserAdminText.Describe(Acct, result.Result)];
            }
        }
        finally
        {
            _busy = false;
        }
    }
}

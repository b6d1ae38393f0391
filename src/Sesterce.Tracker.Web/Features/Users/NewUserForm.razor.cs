using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Account;

namespace Sesterce.Tracker.Web.Features.Users;

/// <summary>An admin creates a user with a role and an initial password.</summary>
public partial class NewUserForm
{
    private MudForm? _form;
    private int _generation;
    private bool _busy;
    private NewUserInput _input = new();
    private List<string> _errors = [];

    [Inject]
    private UserAdminService Users { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountResource> Acct { get; set; } = default!;

    /// <summary>Raised with the new user's email once the service saved them.</summary>
    [Parameter]
    public EventCallback<string> OnCreated { get; set; }

    private async Task CreateAsync()
    {
        if (_form is null)
        {
            return;
        }

        await _form.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _busy = true;
        try
        {
            // The service validates everything again; the form's checks only save a round trip.
            var result = await Users.CreateAsync(_input.ToNewUser());
            if (!result.Succeeded)
            {
                _errors = [.. UserAdminText.Describe(Acct, result)];
                return;
            }

            var email = _input.Email!.Trim();
            _errors = [];
            _input = new();
            _generation++;
            await OnCreated.InvokeAsync(email);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>What the admin typed; null until a field is touched, as MudBlazor's required check expects.</summary>
    private sealed class NewUserInput
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public string Role { get; set; } = TrackerRoles.Viewer;

        public string? Password { get; set; }

        public NewUser ToNewUser() => new(Email ?? "", DisplayName ?? "", Role, Password ?? "");
    }
}

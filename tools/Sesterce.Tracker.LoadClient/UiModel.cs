namespace Sesterce.Tracker.LoadClient;

/// <summary>
/// An element with at least one event handler: the component whose output holds it, its string
/// attributes (data-testid, class...) and its handlers by attribute name ("onclick", "onchange").
/// </summary>
public sealed record InteractiveElement(int OwnerComponentId, string ElementName, IReadOnlyDictionary<string, string> Attributes, Dictionary<string, ulong> Handlers);

/// <summary>
/// A child component as its parent rendered it: its string parameters, and the last few texts the
/// parent rendered before it (a table row's cells, say).
/// </summary>
public sealed record ChildComponent(int ComponentId, int ParentComponentId, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> PrecedingTexts);

/// <summary>
/// Just enough of a browser's view of the page to click real buttons: which component rendered
/// which element with which event handlers, and which component is whose child. Built from render
/// batches; a component that re-renders replaces what it rendered before.
/// </summary>
public sealed class UiModel
{
    private const int PrecedingTextCount = 5;

    private readonly Dictionary<int, List<InteractiveElement>> _elementsByComponent = [];
    private readonly Dictionary<int, ChildComponent> _components = [];
    private readonly Dictionary<int, List<string>> _textsByComponent = [];

    public IEnumerable<InteractiveElement> Elements => _elementsByComponent.Values.SelectMany(list => list);

    public IEnumerable<ChildComponent> Components => _components.Values;

    public IEnumerable<string> Texts => _textsByComponent.Values.SelectMany(list => list);

    public void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.UpdatedComponents)
        {
            ApplyDiff(batch, diff);
        }

        foreach (var id in batch.DisposedComponentIds)
        {
            _elementsByComponent.Remove(id);
            _components.Remove(id);
            _textsByComponent.Remove(id);
        }

        if (batch.DisposedEventHandlerIds.Count > 0)
        {
            var disposed = batch.DisposedEventHandlerIds.ToHashSet();
            foreach (var element in Elements)
            {
                foreach (var (name, id) in element.Handlers.ToList())
                {
                    if (disposed.Contains(id))
                    {
                        element.Handlers.Remove(name);
                    }
                }
            }

            foreach (var list in _elementsByComponent.Values)
            {
                list.RemoveAll(e => e.Handlers.Count == 0);
            }
        }
    }

    private void ApplyDiff(RenderBatch batch, ComponentDiff diff)
    {
        var frames = batch.ReferenceFrames;
        foreach (var edit in diff.Edits)
        {
            if (edit.Type == EditType.PrependFrame)
            {
                var start = edit.ReferenceFrameIndex;
                ReadSubtree(diff.ComponentId, frames, start, start + Math.Max(1, frames[start].SubtreeLength));
            }
            else if (edit.Type == EditType.SetAttribute && frames[edit.ReferenceFrameIndex] is { EventHandlerId: > 0, Name: { } eventName } attribute)
            {
                // A handler replaced on re-render: components such as MudBlazor's buttons render one
                // element per event name, so the owner and event name locate it.
                foreach (var element in ElementsOf(diff.ComponentId).Where(e => e.Handlers.ContainsKey(eventName)))
                {
                    element.Handlers[eventName] = attribute.EventHandlerId;
                }
            }
        }
    }

    private List<InteractiveElement> ElementsOf(int componentId) =>
        _elementsByComponent.TryGetValue(componentId, out var list) ? list : _elementsByComponent[componentId] = [];

    private void ReadSubtree(int owner, IReadOnlyList<RenderFrame> frames, int start, int end)
    {
        var lastTexts = new Queue<string>();
        for (var i = start; i < end && i < frames.Count; i++)
        {
            var frame = frames[i];
            switch (frame.Type)
            {
                case FrameType.Text or FrameType.Markup when !string.IsNullOrWhiteSpace(frame.Value):
                    var text = frame.Value.Trim();
                    lastTexts.Enqueue(text);
                    if (lastTexts.Count > PrecedingTextCount)
                    {
                        lastTexts.Dequeue();
                    }

                    (_textsByComponent.TryGetValue(owner, out var texts) ? texts : _textsByComponent[owner] = []).Add(text);
                    break;
                case FrameType.Element:
                    var (attributes, handlers, next) = ReadAttributes(frames, i + 1);
                    if (handlers.Count > 0)
                    {
                        ElementsOf(owner).Add(new InteractiveElement(owner, frame.Name ?? "", attributes, handlers));
                    }

                    i = next - 1;
                    break;
                case FrameType.Component:
                    var (parameters, _, after) = ReadAttributes(frames, i + 1);
                    _components[frame.ComponentId] = new ChildComponent(frame.ComponentId, owner, parameters, [.. lastTexts]);
                    // A child component's own output arrives in its own diff; its frames here are parameters only.
                    i = Math.Max(after, i + frame.SubtreeLength) - 1;
                    break;
            }
        }
    }

    private static (Dictionary<string, string> Attributes, Dictionary<string, ulong> Handlers, int Next) ReadAttributes(IReadOnlyList<RenderFrame> frames, int at)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var handlers = new Dictionary<string, ulong>(StringComparer.Ordinal);
        while (at < frames.Count && frames[at].Type == FrameType.Attribute)
        {
            var attribute = frames[at];
            if (attribute.EventHandlerId > 0 && attribute.Name is not null)
            {
                handlers[attribute.Name] = attribute.EventHandlerId;
            }
            else if (attribute is { Name: not null, Value: not null })
            {
                attributes[attribute.Name] = attribute.Value;
            }

            at++;
        }

        return (attributes, handlers, at);
    }

    /// <summary>
    /// The handler for <paramref name="eventName"/> of the element marked <c>data-testid</c> =
    /// <paramref name="testId"/> (MudBlazor passes the attribute on to the element it renders);
    /// <paramref name="row"/> picks among several by the texts the parent rendered just before the
    /// component that rendered the element (a table row's cells).
    /// </summary>
    public ulong? FindHandler(string testId, string eventName, Func<IReadOnlyList<string>, bool>? row = null)
    {
        foreach (var element in Elements.OrderBy(e => e.OwnerComponentId))
        {
            if (element.Attributes.TryGetValue("data-testid", out var id) && id == testId && element.Handlers.TryGetValue(eventName, out var handler)
                && (row is null || (_components.TryGetValue(element.OwnerComponentId, out var owner) && row(owner.PrecedingTexts))))
            {
                return handler;
            }
        }

        return null;
    }
}

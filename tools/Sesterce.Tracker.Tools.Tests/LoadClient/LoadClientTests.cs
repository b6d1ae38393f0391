using System.Text.Json.Nodes;
using Sesterce.Tracker.LoadClient;

namespace Sesterce.Tracker.Tools.Tests.LoadClient;

public sealed class LoadClientTests
{
    // A MudButton-like child: the parent passes data-testid, the child renders <button onclick>.
    private static RenderBatch FirstRender() => RenderBatchReader.Read(new BatchBuilder()
        .Diff(1, (EditType.PrependFrame, 0, 0, null))
        .Diff(2, (EditType.PrependFrame, 0, 5, null))
        .Element("tr", 5)                                  // 0, parent's output
        .Text("Phase 1 commissioning")                     // 1
        .Component(2, 2)                                   // 2
        .Attribute("data-testid", "edit-milestone")        // 3
        .Text("—")                                         // 4
        .Element("button", 4)                              // 5, child 2's output
        .Attribute("data-testid", "edit-milestone")        // 6
        .Attribute("onclick", null, eventHandlerId: 42)    // 7
        .Text("Édit ✓")                                    // 8
        .DisposedComponent(9)
        .DisposedHandler(7)
        .Build());

    [Fact]
    public void TheReaderRecoversFramesEditsStringsAndDisposedIds()
    {
        var batch = FirstRender();

        Assert.Equal([1, 2], batch.UpdatedComponents.Select(d => d.ComponentId));
        Assert.Equal(new RenderEdit(EditType.PrependFrame, 0, 5, null), batch.UpdatedComponents[1].Edits.Single());
        Assert.Equal(9, batch.ReferenceFrames.Count);
        Assert.Equal(new RenderFrame(FrameType.Element, 5, "tr", null, 0, 0), batch.ReferenceFrames[0]);
        Assert.Equal(new RenderFrame(FrameType.Component, 2, null, null, 0, 2), batch.ReferenceFrames[2]);
        Assert.Equal(new RenderFrame(FrameType.Attribute, 1, "onclick", null, 42, 0), batch.ReferenceFrames[7]);
        Assert.Equal("Édit ✓", batch.ReferenceFrames[8].Value);
        Assert.Equal([9], batch.DisposedComponentIds);
        Assert.Equal([7UL], batch.DisposedEventHandlerIds);
        Assert.True(batch.Contains("commissioning"));
        Assert.False(batch.Contains("archived"));
    }

    [Fact]
    public void AStringLongerThan127BytesKeepsItsTwoByteLengthPrefix()
    {
        var quote = new string('é', 200);
        var batch = RenderBatchReader.Read(new BatchBuilder().Diff(1, (EditType.PrependFrame, 0, 0, null)).Text(quote).Build());

        Assert.Equal(quote, batch.ReferenceFrames.Single().Value);
    }

    [Fact]
    public void ATruncatedBatchIsRefusedWithAFormatError()
    {
        var bytes = new BatchBuilder().Diff(1, (EditType.PrependFrame, 0, 0, null)).Text("x").Build();

        Assert.Throws<FormatException>(() => RenderBatchReader.Read(bytes.AsSpan(0, 12)));
        Assert.Throws<FormatException>(() => RenderBatchReader.Read(bytes.AsSpan(8)));
    }

    [Fact]
    public void TheModelFindsAButtonsHandlerByTestIdAndByItsRowsText()
    {
        var ui = new UiModel();
        ui.Apply(FirstRender());

        Assert.Equal(42UL, ui.FindHandler("edit-milestone", "onclick"));
        Assert.Equal(42UL, ui.FindHandler("edit-milestone", "onclick", texts => texts.Contains("Phase 1 commissioning")));
        Assert.Null(ui.FindHandler("edit-milestone", "onclick", texts => texts.Contains("Full 80 MW in operation")));
        Assert.Null(ui.FindHandler("edit-milestone", "onchange"));
        Assert.Contains("Phase 1 commissioning", ui.Texts);
    }

    [Fact]
    public void AReplacedHandlerIsFollowedAndADisposedOneIsForgotten()
    {
        var ui = new UiModel();
        ui.Apply(FirstRender());

        ui.Apply(RenderBatchReader.Read(new BatchBuilder()
            .Diff(2, (EditType.SetAttribute, 0, 0, null))
            .Attribute("onclick", null, eventHandlerId: 57)
            .DisposedHandler(42)
            .Build()));
        Assert.Equal(57UL, ui.FindHandler("edit-milestone", "onclick"));

        ui.Apply(RenderBatchReader.Read(new BatchBuilder().DisposedHandler(57).Build()));
        Assert.Null(ui.FindHandler("edit-milestone", "onclick"));
    }

    [Fact]
    public void ADisposedComponentTakesItsElementsAlong()
    {
        var ui = new UiModel();
        ui.Apply(FirstRender());

        ui.Apply(RenderBatchReader.Read(new BatchBuilder().DisposedComponent(2).Build()));

        Assert.Null(ui.FindHandler("edit-milestone", "onclick"));
    }

    [Fact]
    public void ThePagesServerMarkersAndStateBecomeOneAddOperationEach()
    {
        const string html = """
            <head><!--Blazor:{"type":"server","prerenderId":"a1","key":{"locationHash":"h1","formattedComponentKey":""},"sequence":0,"descriptor":"CfDJ8-one"}--><title>x</title><!--Blazor:{"prerenderId":"a1"}--></head>
            <body><!--Blazor:{"type":"server","prerenderId":"b2","key":{"locationHash":"h2","formattedComponentKey":""},"sequence":1,"descriptor":"CfDJ8_two"}--><main></main><!--Blazor:{"prerenderId":"b2"}-->
            <!--Blazor-Server-Component-State:Q2ZESjg=--></body>
            """;

        var page = PrerenderedPage.Parse(html);

        Assert.Equal(["CfDJ8-one", "CfDJ8_two"], page.ServerMarkers.Select(m => m["descriptor"]!.GetValue<string>()));
        Assert.Equal("Q2ZESjg=", page.ApplicationState);
        var batch = JsonNode.Parse(page.AddOperationsJson())!;
        Assert.Equal(1, batch["batchId"]!.GetValue<int>());
        var operations = batch["operations"]!.AsArray();
        Assert.Equal(["add", "add"], operations.Select(o => o!["type"]!.GetValue<string>()));
        Assert.Equal([1, 2], operations.Select(o => o!["ssrComponentId"]!.GetValue<int>()));
        Assert.Equal("h2", operations[1]!["marker"]!["key"]!["locationHash"]!.GetValue<string>());
        Assert.Equal(1, operations[1]!["marker"]!["sequence"]!.GetValue<int>());
    }

    [Fact]
    public void APageWithoutInteractiveComponentsHasNoMarkers()
    {
        var page = PrerenderedPage.Parse("<html><body><form method=\"post\"></form></body></html>");

        Assert.Empty(page.ServerMarkers);
        Assert.Equal("", page.ApplicationState);
    }

    [Fact]
    public void TheSignInFormsHiddenFieldsAreReadAndDecoded()
    {
        const string html = """<form><input type="hidden" name="_handler" value="sign-in" /><input name="__RequestVerificationToken" type="hidden" value="CfDJ8&#x2B;abc" /></form>""";

        Assert.Equal("sign-in", TrackerSession.HiddenField(html, "_handler"));
        Assert.Equal("CfDJ8+abc", TrackerSession.HiddenField(html, "__RequestVerificationToken"));
        Assert.Null(TrackerSession.HiddenField(html, "Input.Email"));
    }
}

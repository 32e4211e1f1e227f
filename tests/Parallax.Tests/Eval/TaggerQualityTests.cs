using Parallax.Eval.Ner;
using Parallax.Eval.Pos;
using Parallax.Text.Tagging;

namespace Parallax.Tests.Eval;

/// <summary>
/// Quality floors for the shipped models on CoNLL-2003 development data (never the held-out test split).
/// The floors sit just under the figures recorded in eval/README.md: a model that scores lower must not ship.
/// </summary>
public class TaggerQualityTests
{
    [SharedDataFact("data/ner/conll2003/eng.testa")]
    public void Shipped_ner_model_keeps_its_f1_on_conll_dev()
    {
        var tagger = new SequenceTagger(TaggerModel.Load(ModelFiles.Require(ModelFiles.Ner)));
        var result = NerEvaluation.Run(tagger, ConllReader.Read(SharedData.Require("data/ner/conll2003/eng.testa")), null, CancellationToken.None);
        Assert.Equal(5942, result.Scores.Overall.Gold);
        Assert.Equal(51362, result.Scores.Tokens);
        Assert.True(result.Scores.F1 >= 92.5, $"NER F1 on eng.testa fell to {result.Scores.F1:F2}");
    }

    [SharedDataFact("data/ner/conll2003/eng.testa")]
    public void Entity_stage_rules_do_not_cost_f1_on_conll_dev()
    {
        var stage = new Parallax.Entities.EntityRecognizer();
        var result = NerEvaluation.RunStage(stage, ConllReader.Read(SharedData.Require("data/ner/conll2003/eng.testa")), null, CancellationToken.None);
        Assert.Equal(5942, result.Scores.Overall.Gold);
        Assert.True(result.Scores.F1 >= 92.4, $"NER F1 of the whole entity stage on eng.testa fell to {result.Scores.F1:F2}");
    }

    [SharedDataFact("data/ner/conll2003/eng.testa")]
    public void Shipped_pos_model_keeps_its_accuracy_on_conll_dev()
    {
        var tagger = new SequenceTagger(TaggerModel.Load(ModelFiles.Require(ModelFiles.Pos)));
        var result = PosEvaluation.Run(tagger, ConllReader.Read(SharedData.Require("data/ner/conll2003/eng.testa")), CancellationToken.None);
        Assert.Equal(51362, result.Tokens);
        Assert.True(result.Accuracy >= 96.0, $"POS accuracy on eng.testa fell to {result.Accuracy:F2}");
    }

    [InstalledWordListFact("data/ner/conll2003/eng.testa")]
    public void Pos_model_with_the_word_list_keeps_its_accuracy_on_conll_dev()
    {
        var model = TaggerModel.Load(ModelFiles.Require(ModelFiles.PosLexicon));
        Assert.Equal(ExternalLexicon.Shared!.Fingerprint, model.External!.Fingerprint);
        var result = PosEvaluation.Run(new SequenceTagger(model), ConllReader.Read(SharedData.Require("data/ner/conll2003/eng.testa")), CancellationToken.None);
        Assert.Equal(51362, result.Tokens);
        Assert.True(result.Accuracy >= 96.4, $"POS accuracy with the word list on eng.testa fell to {result.Accuracy:F2}");
    }

    [SharedDataFact("data/ner/wnut17/emerging.dev.conll")]
    public void Wnut_types_map_onto_conll_types()
    {
        var sentences = ConllReader.Read(SharedData.Require("data/ner/wnut17/emerging.dev.conll"));
        var gold = TaggerTraining.Ner(sentences, NerEvaluation.WnutToConll);
        var types = gold.SelectMany(s => TagScheme.Chunks(s.Tags)).Select(c => c.Type).ToHashSet();
        Assert.Equal(["LOC", "MISC", "ORG", "PER"], types.Order());
        Assert.Equal(1009, sentences.Count);
    }
}

/// <summary>A fact that needs the shared data and the installed outside word list, and says which is missing when it skips.</summary>
public sealed class InstalledWordListFactAttribute : FactAttribute
{
    public InstalledWordListFactAttribute(string relativePath)
    {
        if (SharedData.PathTo(relativePath) is null)
        {
            Skip = $"../shared/{relativePath} is not present in this checkout; this test needs the shared data beside the project.";
        }
        else if (ExternalLexicon.Find() is null)
        {
            Skip = $"the outside word list is not installed ({ExternalLexicon.InstallHint}; .ci/run does).";
        }
    }
}

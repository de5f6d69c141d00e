//! Prioritising: dots within each group's budget, or ratings of 1 to 5, ranked.

use designlab_core::themes::ThemeFields;
use designlab_core::voting::{VoteMethod, VoteTarget};
use designlab_core::{ErrorCode, Field, Stage};

use crate::Fixture;

#[test]
fn groups_give_dots_within_their_budgets_and_results_are_ranked() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let (a, b) = (fixture.group(&lab, "Group A", 4), fixture.group(&lab, "Group B", 0));
    let skills =
        fixture.store.add_theme(challenge.id, &ThemeFields { title: "Skills".into(), ..Default::default() }).unwrap();
    let data =
        fixture.store.add_theme(challenge.id, &ThemeFields { title: "Data".into(), ..Default::default() }).unwrap();
    let note = fixture.note(&challenge, Some(a.id), "Pay for training time");
    let (skills, data, note) =
        (VoteTarget::Theme { id: skills.id }, VoteTarget::Theme { id: data.id }, VoteTarget::Note { id: note.id });

    let voting = fixture.store.voting(challenge.id).unwrap();
    assert_eq!(voting.method, VoteMethod::Dots);
    let budgets: Vec<_> = voting.voters.iter().map(|v| (v.group_id, v.budget)).collect();
    assert_eq!(budgets, [(Some(a.id), 12), (Some(b.id), 10)], "3 dots a person, or 10 for a group of unknown size");

    fixture.store.set_vote(challenge.id, Some(a.id), skills, 7).unwrap();
    fixture.store.set_vote(challenge.id, Some(a.id), note, 5).unwrap();
    let error = fixture.store.set_vote(challenge.id, Some(a.id), data, 1).unwrap_err();
    assert_eq!(error.code(), ErrorCode::OverBudget, "12 of 12 given");
    // Changing a vote counts it once, not twice.
    fixture.store.set_vote(challenge.id, Some(a.id), skills, 6).unwrap();
    fixture.store.set_vote(challenge.id, Some(a.id), data, 1).unwrap();

    fixture.store.set_vote_budget(challenge.id, Some(b.id), 6).unwrap();
    fixture.store.set_vote(challenge.id, Some(b.id), data, 5).unwrap();
    let voting = fixture.store.set_vote(challenge.id, Some(b.id), note, 1).unwrap();
    let used: Vec<_> = voting.voters.iter().map(|v| (v.budget, v.used)).collect();
    assert_eq!(used, [(12, 12), (6, 6)]);
    let ranked: Vec<_> = voting.results.iter().map(|r| (r.target, r.rank, r.total, r.voters)).collect();
    // 6 dots each: one shared first place, in the order the votes were given.
    assert_eq!(ranked, [(note, 1, 6, 2), (skills, 1, 6, 1), (data, 1, 6, 2)]);

    // Taking dots back frees them; a budget below what was given is refused.
    fixture.store.set_vote(challenge.id, Some(b.id), data, 0).unwrap();
    let error = fixture.store.set_vote_budget(challenge.id, Some(b.id), 0).unwrap_err();
    assert_eq!(error.code(), ErrorCode::BudgetBelowGiven);
    let voting = fixture.store.voting(challenge.id).unwrap();
    let ranked: Vec<_> = voting.results.iter().map(|r| (r.target, r.rank, r.total)).collect();
    assert_eq!(ranked, [(note, 1, 6), (skills, 1, 6), (data, 3, 1)], "ties share a rank and the next rank skips");

    let error = fixture.store.set_vote_budget(challenge.id, None, 1_001).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::OutOfRange, Some(Field::Budget)));
}

#[test]
fn ratings_rank_by_mean_and_switching_method_keeps_both_sets_of_votes() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let notes: Vec<_> = (0..3).map(|n| fixture.note(&challenge, None, &format!("Idea {n}"))).collect();
    let target = |n: usize| VoteTarget::Note { id: notes[n].id };
    fixture.store.set_vote(challenge.id, None, target(0), 3).unwrap();

    let voting = fixture.store.set_vote_method(challenge.id, VoteMethod::Rating).unwrap();
    assert_eq!(voting.method, VoteMethod::Rating);
    assert!(voting.results.is_empty(), "dots are not ratings");
    let (a, b) = (fixture.group(&lab, "Group A", 0), fixture.group(&lab, "Group B", 0));
    fixture.store.set_vote(challenge.id, Some(a.id), target(1), 5).unwrap();
    fixture.store.set_vote(challenge.id, Some(b.id), target(1), 2).unwrap();
    fixture.store.set_vote(challenge.id, Some(a.id), target(2), 4).unwrap();
    let voting = fixture.store.set_vote(challenge.id, Some(b.id), target(2), 4).unwrap();
    let ranked: Vec<_> = voting.results.iter().map(|r| (r.target, r.rank, r.mean)).collect();
    assert_eq!(ranked, [(target(2), 1, Some(4.0)), (target(1), 2, Some(3.5))]);

    let error = fixture.store.set_vote(challenge.id, Some(a.id), target(0), 6).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::OutOfRange, Some(Field::Rating)));

    // The room's dots from before the groups existed are still there when dots come back.
    let voting = fixture.store.set_vote_method(challenge.id, VoteMethod::Dots).unwrap();
    assert_eq!(voting.voters.iter().map(|v| v.group_id).collect::<Vec<_>>(), [None, Some(a.id), Some(b.id)]);
    assert_eq!(voting.results.iter().map(|r| (r.target, r.total)).collect::<Vec<_>>(), [(target(0), 3)]);

    // Deleting a note gives its dots back; an undo brings the note back, not the dots, so no
    // group can end up over its budget.
    let voting = fixture.store.set_vote(challenge.id, None, target(1), 7).unwrap();
    assert_eq!(voting.voters[0].used, 10);
    fixture.store.delete_note(notes[0].id).unwrap();
    let voting = fixture.store.voting(challenge.id).unwrap();
    assert_eq!((voting.voters[0].used, voting.results.len()), (7, 1));
    fixture.store.set_vote(challenge.id, None, target(2), 3).unwrap();
    fixture.store.restore_note(notes[0].id).unwrap();
    let voting = fixture.store.voting(challenge.id).unwrap();
    assert_eq!((voting.voters[0].budget, voting.voters[0].used), (10, 10));
}

#[test]
fn votes_only_go_to_this_challenges_themes_and_notes() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let tenders = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let oversight = fixture.challenge(&lab, "Oversight", Stage::Oversight);
    let elsewhere = fixture.note(&oversight, None, "About audits");
    let error = fixture.store.set_vote(tenders.id, None, VoteTarget::Note { id: elsewhere.id }, 1).unwrap_err();
    assert_eq!(error.code(), ErrorCode::ThemeNotInChallenge);
    let other_lab = fixture.lab("Other");
    let foreign = fixture.group(&other_lab, "Theirs", 0);
    let mine = fixture.note(&tenders, None, "Mine");
    let error = fixture.store.set_vote(tenders.id, Some(foreign.id), VoteTarget::Note { id: mine.id }, 1).unwrap_err();
    assert_eq!(error.code(), ErrorCode::GroupNotInLab);
    assert!(fixture.store.voting(tenders.id).unwrap().votes.is_empty());
}

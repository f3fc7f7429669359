// The properties of one card: its title and notes, and the fields of its kind (a touchpoint's
// channel and scores, a pain point's severity and evidence, ...). Each change is one edit.
#pragma once

#include "core/card.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ts::app {

class WorkspaceDocument;

class CardForm : public QWidget
{
    Q_OBJECT

public:
    explicit CardForm(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    // Shows the card (from the document's mirror); 0 shows nothing.
    void showCard(Id cardId);
    Id cardId() const { return m_cardId; }
    // Re-reads the card after a change (undo, another view); keeps text the user is typing.
    void reload();
    // Commits text typed in the title, notes or evidence that has not been committed yet.
    void commitPending();

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QComboBox *channelBox() const { return m_channel; }
    QCheckBox *onlineBox() const { return m_online; }
    QComboBox *departmentBox() const { return m_department; }
    QDoubleSpinBox *currentScoreBox() const { return m_currentScore; }
    QDoubleSpinBox *targetScoreBox() const { return m_targetScore; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *frequencyBox() const { return m_frequency; }
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }
    QComboBox *dimensionBox() const { return m_dimension; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void connectFields();
    const Card *card() const;
    // Applies `edit` to a copy of the card and runs one EditCardCommand when it changed it.
    void change(const std::function<void(Card &)> &edit);
    void fill(const Card &card);
    void fillDepartments(Id selected);
    void showRowsFor(CardKind kind);
    void setEditable(bool editable);

    WorkspaceDocument *m_document = nullptr;
    Id m_cardId = 0;
    Card m_shown; // what the widgets were last filled from
    bool m_filling = false;

    QFormLayout *m_form;
    QLabel *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_notes;
    QComboBox *m_channel;
    QCheckBox *m_online;
    QComboBox *m_department;
    QDoubleSpinBox *m_currentScore;
    QDoubleSpinBox *m_targetScore;
    QComboBox *m_severity;
    QComboBox *m_frequency;
    QPlainTextEdit *m_evidence;
    QComboBox *m_dimension;
};

// The name users read for a kind of card, e.g. "Pain point".
QString cardKindLabel(CardKind kind);

} // namespace ts::app

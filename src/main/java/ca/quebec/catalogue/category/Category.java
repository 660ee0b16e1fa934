package ca.quebec.catalogue.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A term of the controlled, bilingual vocabulary of software categories. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    public String id;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
